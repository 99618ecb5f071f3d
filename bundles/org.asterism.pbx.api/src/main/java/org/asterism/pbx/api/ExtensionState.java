package org.asterism.pbx.api;

/** Asterisk's extension states ({@code ast_extension_state2str}): what a hint's devices add up to. */
public enum ExtensionState {
    REMOVED("Removed"),
    DEACTIVATED("Deactivated"),
    NOT_INUSE("Idle"),
    INUSE("InUse"),
    BUSY("Busy"),
    UNAVAILABLE("Unavailable"),
    RINGING("Ringing"),
    INUSE_RINGING("InUse&Ringing"),
    ONHOLD("Hold"),
    INUSE_ONHOLD("InUse&Hold");

    private final String display;

    ExtensionState(String display) {
        this.display = display;
    }

    /** As {@code core show hints} prints it: "Idle", "InUse&Ringing". */
    public String display() {
        return display;
    }
}
