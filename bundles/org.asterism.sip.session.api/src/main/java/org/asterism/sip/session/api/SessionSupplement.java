package org.asterism.sip.session.api;

import java.util.Set;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.SipRequestContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sees and changes a session's messages, as Asterisk's {@code ast_sip_session_supplement}: caller ID
 * (res_pjsip_caller_id), DTMF INFO (res_pjsip_dtmf_info), the channel driver. Registered as an OSGi service; called in
 * ascending {@link #priority()} for incoming messages and outgoing ones alike, on SIP threads: must not block.
 */
@ConsumerType
public interface SessionSupplement {

    /** Asterisk's priority anchors. */
    int PRIORITY_FIRST = 0;
    /** Caller ID runs just before the channel is made: {@code CHANNEL - 1000}. */
    int PRIORITY_CHANNEL = 1_000_000;
    int PRIORITY_LAST = Integer.MAX_VALUE;

    /** Methods whose requests (and responses to them) it sees; empty means all. */
    default Set<String> methods() {
        return Set.of();
    }

    default int priority() {
        return PRIORITY_CHANNEL;
    }

    /**
     * A request of the session arrived (the initial INVITE, re-INVITE, INFO, BYE...).
     *
     * @return true if this supplement answered it and no other supplement nor the session should handle it
     */
    default boolean incomingRequest(SipSession session, SipRequestContext request) {
        return false;
    }

    /** A response to a request of the session arrived. */
    default void incomingResponse(SipSession session, Response response) {
    }

    /** A request of the session is about to be sent (INVITE: add P-Asserted-Identity...). */
    default void outgoingRequest(SipSession session, Request request) {
    }

    /** A response of the session is about to be sent. */
    default void outgoingResponse(SipSession session, Response response) {
    }

    /** The session ended. */
    default void ended(SipSession session) {
    }
}
