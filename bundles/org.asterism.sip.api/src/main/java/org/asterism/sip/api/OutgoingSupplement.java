package org.asterism.sip.api;

import java.util.Set;

import javax.sip.message.Message;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads or writes headers on messages the core is about to send (Server/User-Agent, NAT rewriting,
 * session timers...). Supplements run in ascending {@link #priority()}.
 */
@ConsumerType
public interface OutgoingSupplement {

    /** Methods whose requests and responses it touches; empty means all. */
    default Set<String> methods() {
        return Set.of();
    }

    default int priority() {
        return 0;
    }

    /** @param request the request being answered, or null when {@code message} is itself a request */
    void supplement(Message message, SipRequestContext request);
}
