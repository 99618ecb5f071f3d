package org.asterism.pbx.api;

/** A channel could not be made (unknown endpoint, no contact, technology not loaded), with the cause to report. */
public class ChannelRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final HangupCause cause;

    public ChannelRequestException(HangupCause cause, String message) {
        super(message);
        this.cause = cause;
    }

    public HangupCause hangupCause() {
        return cause;
    }
}
