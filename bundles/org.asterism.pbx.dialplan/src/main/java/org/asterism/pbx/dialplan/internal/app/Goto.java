package org.asterism.pbx.dialplan.internal.app;

import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** {@code Goto([[context,]extension,]priority)}: continue elsewhere; a bad target ends the dialplan. */
public class Goto extends BuiltinApplication {

    private final DialplanEngine engine;

    public Goto(DialplanEngine engine) {
        super("Goto", "Jump to a particular priority, extension, or context.", "Goto([[context,]extension,]priority)",
                "This application will set the current context, extension, and priority in the channel structure. "
                        + "After it completes, the pbx engine will continue dialplan execution at the specified location. "
                        + "If no specific extension, or extension and context, are specified, then this application will "
                        + "just set the specified priority of the current extension.");
        this.engine = engine;
    }

    @Override
    public String seeAlso() {
        return "GotoIf()";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        return GotoTarget.jump(engine, channel, data) ? CONTINUE : HANGUP;
    }
}
