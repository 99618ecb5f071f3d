package org.asterism.pbx.dialplan.internal.app;

import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** {@code Wait(seconds)}: waits (1.5 is a second and a half); a hangup ends the wait and the dialplan. */
public class Wait extends BuiltinApplication {

    private static final Pattern TIMELEN = Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*(\\S*)");

    private final DialplanEngine engine;

    public Wait(DialplanEngine engine) {
        super("Wait", "Waits for some time.", "Wait(seconds)",
                "This application waits for a specified number of seconds.");
        this.engine = engine;
    }

    @Override
    public String arguments() {
        return "    seconds: Can be passed with fractions of a second. For example, 1.5 will ask the application to wait for 1.5 seconds.";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        OptionalLong millis = parseTimelen(data);
        if (millis.isEmpty() || millis.getAsLong() <= 0) {
            return CONTINUE;
        }
        return engine.sleep(channel, millis.getAsLong()).thenApply(hungUp -> hungUp ? Result.HANGUP : Result.CONTINUE);
    }

    /** {@code ast_app_parse_timelen} in seconds: a number, optionally with a unit h, m, s or ms. */
    static OptionalLong parseTimelen(String text) {
        Matcher m = TIMELEN.matcher(text);
        if (!m.find()) {
            return OptionalLong.empty();
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        double multiplier = switch (unit) {
            case "", "s" -> 1000;
            case "h" -> 3_600_000;
            case "m" -> 60_000;
            case "ms" -> 1;
            default -> Double.NaN;
        };
        return Double.isNaN(multiplier) ? OptionalLong.empty() : OptionalLong.of((long) (amount * multiplier));
    }
}
