package org.asterism.sip.api.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears every security event (whiteboard). Called on the thread that reported it, often a SIP thread:
 * return quickly and never block on I/O beyond a log line.
 */
@ConsumerType
@FunctionalInterface
public interface SecurityEventListener {

    void onSecurityEvent(SecurityEvent event);
}
