package org.asterism.sip.session.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears one session's events: the channel driver turns them into control frames and hangups. Called on SIP threads:
 * must not block.
 */
@ConsumerType
public interface SessionListener {

    /** Outbound: a provisional response arrived: 180 (ringing) or 183 (progress, early media if {@code withMedia}). */
    default void progress(SipSession session, int status, boolean withMedia) {
    }

    /** Outbound: the peer answered (2xx; the ACK is sent). */
    default void answered(SipSession session) {
    }

    /** The peer's media changed: hold ({@link SessionMedia#remoteDirection()}), new address or format. */
    default void mediaChanged(SipSession session, SessionMedia media) {
    }

    /** A DTMF digit arrived by SIP INFO. */
    default void dtmf(SipSession session, char digit, int durationMillis) {
    }

    /**
     * The session ended, by either side or a failure.
     *
     * @param sipStatus the final status that ended an unanswered call (486, 487, 404...), 200 for a BYE, 408/503 for
     *        failures
     * @param q850Cause the cause a Reason header gave, 0 when none
     */
    default void ended(SipSession session, int sipStatus, int q850Cause) {
    }
}
