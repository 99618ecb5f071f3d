package org.asterism.sip.api.security;

import org.osgi.annotation.versioning.ProviderType;

/** Where modules report security events (Asterisk's {@code ast_security_event_report}); the core provides it. */
@ProviderType
public interface SecurityEvents {

    /** Hands the event to every {@link SecurityEventListener}, on this thread. */
    void report(SecurityEvent event);

    /** Whether anyone listens; reporters may skip building events when nobody does. */
    boolean active();
}
