package org.asterism.pbx.dialplan.internal.app;

import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;

/** {@code NoOp([text])}: does nothing; the Executing line shows its substituted text. */
public class NoOp extends BuiltinApplication {

    public NoOp() {
        super("NoOp", "Do Nothing (No Operation).", "NoOp([text])",
                "This application does nothing. However, it is useful for debugging purposes.");
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        return CONTINUE;
    }
}
