package org.asterism.pbx.api;

/** Asterisk's {@code ast_device_state}, with the words {@code core show hints} and DEVICE_STATE() use. */
public enum DeviceState {
    UNKNOWN("Unknown", "UNKNOWN"),
    NOT_INUSE("Not in use", "NOT_INUSE"),
    INUSE("In use", "INUSE"),
    BUSY("Busy", "BUSY"),
    INVALID("Invalid", "INVALID"),
    UNAVAILABLE("Unavailable", "UNAVAILABLE"),
    RINGING("Ringing", "RINGING"),
    RINGINUSE("Ring+Inuse", "RINGINUSE"),
    ONHOLD("On Hold", "ONHOLD");

    private final String display;
    private final String token;

    DeviceState(String display, String token) {
        this.display = display;
        this.token = token;
    }

    /** As {@code ast_devstate2str}: "Not in use". */
    public String display() {
        return display;
    }

    /** As {@code ast_devstate_str} and DEVICE_STATE(): "NOT_INUSE". */
    public String token() {
        return token;
    }
}
