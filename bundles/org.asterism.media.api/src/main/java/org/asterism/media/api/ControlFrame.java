package org.asterism.media.api;

import java.util.Objects;

/**
 * Call progress and session events, as Asterisk's {@code AST_FRAME_CONTROL}: a driver queues them on its channel
 * (the far end rang, answered, was busy, put us on hold), and applications and bridges send them to a channel to be
 * indicated to its far end (ring back, busy, hold).
 */
public record ControlFrame(Control control) implements Frame {

    /** Asterisk's {@code ast_control_frame_type}, as far as Asterism uses them. */
    public enum Control {
        /** The far end hung up (only ever queued by the channel itself, never indicated). */
        HANGUP,
        /** Local ring (a 180 arrived / send a 180). */
        RINGING,
        /** The far end answered. */
        ANSWER,
        BUSY,
        CONGESTION,
        /** In-band progress: a 183 with SDP. */
        PROGRESS,
        /** The call is proceeding (a 100 arrived). */
        PROCEEDING,
        HOLD,
        UNHOLD,
        /** The media source changed, keep the stream going (a new SSRC will follow). */
        SRCUPDATE,
        /** The media source was replaced (new SSRC, new timestamps). */
        SRCCHANGE
    }

    private static final java.util.Map<Control, ControlFrame> ALL = java.util.Arrays.stream(Control.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> c, ControlFrame::new));

    public ControlFrame {
        Objects.requireNonNull(control, "control");
    }

    /** The shared frame for a control (control frames carry no data). */
    public static ControlFrame of(Control control) {
        return ALL.get(control);
    }
}
