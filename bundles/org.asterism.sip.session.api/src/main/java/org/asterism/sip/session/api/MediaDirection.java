package org.asterism.sip.session.api;

import java.util.Locale;

/** An SDP stream's direction attribute (RFC 3264 §5.1, §6.1). */
public enum MediaDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The SDP attribute name: "sendrecv". */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction an answer takes to an offer in this direction, when we would otherwise send and receive. */
    public MediaDirection answer() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** Whether the side that wrote this direction will send media. */
    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    /** Whether the side that wrote this direction wants to receive media. */
    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }
}
