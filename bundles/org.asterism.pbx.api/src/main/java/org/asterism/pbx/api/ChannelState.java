package org.asterism.pbx.api;

/** Asterisk's {@code ast_channel_state}, with the words {@code core show channels} prints. */
public enum ChannelState {
    DOWN("Down"),
    RESERVED("Rsrvd"),
    OFFHOOK("OffHook"),
    DIALING("Dialing"),
    /** An incoming call, not yet answered. */
    RING("Ring"),
    /** An outgoing call whose far end is ringing. */
    RINGING("Ringing"),
    UP("Up"),
    BUSY("Busy"),
    DIALING_OFFHOOK("Dialing Offhook"),
    PRERING("Pre-ring");

    private final String display;

    ChannelState(String display) {
        this.display = display;
    }

    /** As Asterisk prints it: "Up", "Ring". */
    public String display() {
        return display;
    }
}
