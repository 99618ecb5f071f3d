package org.asterism.pbx.dialplan.internal.app;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.dialplan.ApplicationArguments;
import org.asterism.pbx.dialplan.internal.Conditions;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** {@code Answer([delay[,options]])}: answers a ringing channel, then waits {@code delay} milliseconds. */
public class Answer extends BuiltinApplication {

    private final DialplanEngine engine;

    public Answer(DialplanEngine engine) {
        super("Answer", "Answer a channel if ringing.", "Answer([delay[,options]])",
                "If the call has not been answered, this application will answer it. Otherwise, it has no effect on the call.");
        this.engine = engine;
    }

    @Override
    public String arguments() {
        return "    delay: Asterisk will wait this number of milliseconds before returning to the dialplan after answering the call.\n"
                + "    options:\n        i: Answer the channel immediately without waiting for media.";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        List<String> args = ApplicationArguments.split(data);
        long delay = 0;
        if (!args.get(0).isBlank() && channel.state() != ChannelState.UP) {
            delay = Math.max(0, Conditions.atoi(args.get(0)));
        }
        long wait = delay;
        return channel.answer().handle((ok, failed) -> failed == null).thenCompose(answered -> {
            if (!answered) {
                return HANGUP; // the channel could not be answered (it hung up): end, as Asterisk's -1
            }
            return wait > 0 ? engine.sleep(channel, wait).thenApply(hungUp -> hungUp ? Result.HANGUP : Result.CONTINUE)
                    : CONTINUE;
        });
    }
}
