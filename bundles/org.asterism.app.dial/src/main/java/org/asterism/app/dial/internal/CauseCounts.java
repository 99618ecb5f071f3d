package org.asterism.app.dial.internal;

import org.asterism.pbx.api.HangupCause;

/**
 * Why the called parties dropped out, as app_dial.c's cause_args and handle_cause count them, and the DIALSTATUS
 * wait_for_answer gives when nobody is left. Not thread-safe: the dial attempt guards it.
 */
final class CauseCounts {

    private int busy;
    private int congestion;
    private int nochan;

    /** Busy, congestion, or no channel; a normal clearing or no answer counts as nothing. */
    void count(HangupCause cause) {
        switch (cause) {
            case USER_BUSY -> busy++;
            case NORMAL_CIRCUIT_CONGESTION -> congestion++;
            case NORMAL_CLEARING, NO_ANSWER -> { }
            default -> nochan++;
        }
    }

    /** With {@code lines} destinations tried: BUSY, CONGESTION or CHANUNAVAIL if every one was counted, else NOANSWER. */
    String status(int lines) {
        if (lines != busy + congestion + nochan) {
            return "NOANSWER";
        }
        return busy > 0 ? "BUSY" : congestion > 0 ? "CONGESTION" : "CHANUNAVAIL";
    }

    @Override
    public String toString() {
        return busy + "/" + congestion + "/" + nochan;
    }
}
