package org.asterism.pbx.dialplan.internal.app;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.dialplan.internal.Conditions;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/**
 * {@code Hangup([causecode])}: ends the dialplan; the cause, a name ({@code USER_BUSY}) or a number ({@code 17}), is
 * what the channel is hung up with (else the one already set, else NORMAL_CLEARING).
 */
public class Hangup extends BuiltinApplication {

    private final DialplanEngine engine;

    public Hangup(DialplanEngine engine) {
        super("Hangup", "Hang up the calling channel.", "Hangup([causecode])",
                "This application will hang up the calling channel.");
        this.engine = engine;
    }

    @Override
    public String arguments() {
        return "    causecode: If a causecode is given the channel's hangup cause will be set to the given value.";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        Optional<HangupCause> cause = Optional.empty();
        if (!data.isEmpty()) {
            cause = parse(data);
            if (cause.isEmpty()) {
                engine.log().warning("Invalid cause given to Hangup(): \"" + data + "\"");
            }
        }
        HangupCause current = engine.hangupCause(channel);
        engine.hangupCause(channel, cause.orElse(current != HangupCause.NOT_DEFINED ? current : HangupCause.NORMAL_CLEARING));
        return HANGUP;
    }

    /** {@code ast_str2cause}, then a number. */
    static Optional<HangupCause> parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (HangupCause cause : HangupCause.values()) {
            if (cause != HangupCause.NOT_DEFINED && cause.name().equals(name)) {
                return Optional.of(cause);
            }
        }
        long number = Conditions.atoi(text);
        return number <= 0 || number > Integer.MAX_VALUE ? Optional.empty() : HangupCause.byCode((int) number);
    }
}
