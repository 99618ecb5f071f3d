package org.asterism.sip.session.api;

/** Where a session is, as pjsip's {@code pjsip_inv_state}. */
public enum SessionState {
    /** Outgoing, INVITE not sent yet. */
    NULL,
    /** Outgoing, INVITE sent, no response with a To tag yet. */
    CALLING,
    /** Incoming, INVITE received, no answer sent yet. */
    INCOMING,
    /** A provisional response with a To tag was sent or received. */
    EARLY,
    /** 2xx sent or received, ACK not yet. */
    CONNECTING,
    /** The call is up. */
    CONFIRMED,
    /** It is over. */
    DISCONNECTED
}
