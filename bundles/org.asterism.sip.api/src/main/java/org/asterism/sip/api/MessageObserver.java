package org.asterism.sip.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sees every SIP message the core receives or sends (the packet logger, capture, security logs).
 * Called on SIP threads: it must be quick and must not throw. Register it only while it is wanted;
 * with no observer the core does not even format the trace.
 */
@ConsumerType
public interface MessageObserver {

    void observe(SipMessageTrace trace);
}
