package org.asterism.sip.api.client;

import java.util.Objects;

/** Why a request of the {@link SipClient} got no final response. */
public class RequestFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Failure {
        /** No final response within the time allowed. */
        TIMEOUT,
        /** The request could not be sent, or the connection carrying it failed. */
        TRANSPORT_ERROR,
        /** No listening transport could carry the request. */
        NO_TRANSPORT,
        /** The target is not a URI a request can be sent to. */
        INVALID_TARGET
    }

    private final Failure failure;

    public RequestFailedException(Failure failure, String message) {
        this(failure, message, null);
    }

    public RequestFailedException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }
}
