package org.asterism.pbx.dialplan.internal.app;

import java.util.concurrent.CompletionStage;

import org.asterism.media.api.ControlFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** The applications that indicate call progress: Ringing, Progress, Proceeding, and Busy and Congestion. */
public final class Indications {

    private Indications() {
    }

    /** Indicates and goes on. */
    abstract static class Indication extends BuiltinApplication {
        private final ControlFrame.Control control;

        Indication(String name, String synopsis, String description, ControlFrame.Control control) {
            super(name, synopsis, name + "()", description);
            this.control = control;
        }

        @Override
        public CompletionStage<Result> execute(Channel channel, String data) {
            channel.indicate(control);
            return CONTINUE;
        }
    }

    /** {@code Ringing()}. */
    public static class Ringing extends Indication {
        public Ringing() {
            super("Ringing", "Indicate ringing tone.",
                    "This application will request that the channel indicate a ringing tone to the user.",
                    ControlFrame.Control.RINGING);
        }
    }

    /** {@code Progress()}. */
    public static class Progress extends Indication {
        public Progress() {
            super("Progress", "Indicate progress.",
                    "This application will request that in-band progress information be provided to the calling channel.",
                    ControlFrame.Control.PROGRESS);
        }
    }

    /** {@code Proceeding()}. */
    public static class Proceeding extends Indication {
        public Proceeding() {
            super("Proceeding", "Indicate proceeding.",
                    "This application will request that a proceeding message be provided to the calling channel.",
                    ControlFrame.Control.PROCEEDING);
        }
    }

    /** Indicates, sets the cause (unless up), waits for the timeout or the hangup, then ends the dialplan. */
    abstract static class Signal extends BuiltinApplication {
        private final DialplanEngine engine;
        private final ControlFrame.Control control;
        private final HangupCause cause;

        Signal(DialplanEngine engine, String name, String condition, ControlFrame.Control control, HangupCause cause) {
            super(name, "Indicate the " + name + " condition.", name + "([timeout])",
                    "This application will indicate the " + condition + " condition to the calling channel.");
            this.engine = engine;
            this.control = control;
            this.cause = cause;
        }

        @Override
        public String arguments() {
            return "    timeout: If specified, the calling channel will be hung up after the specified number of seconds.\n"
                    + "    Otherwise, this application will wait until the calling channel hangs up.";
        }

        @Override
        public CompletionStage<Result> execute(Channel channel, String data) {
            return engine.indicate(channel, control, cause, data);
        }
    }

    /** {@code Busy([timeout])}. */
    public static class Busy extends Signal {
            public Busy(DialplanEngine engine) {
            super(engine, "Busy", "busy", ControlFrame.Control.BUSY, HangupCause.USER_BUSY);
        }
    }

    /** {@code Congestion([timeout])}. */
    public static class Congestion extends Signal {
            public Congestion(DialplanEngine engine) {
            super(engine, "Congestion", "congestion", ControlFrame.Control.CONGESTION, HangupCause.NORMAL_CIRCUIT_CONGESTION);
        }
    }
}
