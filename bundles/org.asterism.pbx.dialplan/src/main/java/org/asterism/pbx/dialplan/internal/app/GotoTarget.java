package org.asterism.pbx.dialplan.internal.app;

import java.util.Optional;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.dialplan.internal.DialplanEngine;
import org.asterism.pbx.dialplan.internal.plan.CompiledPriority;

/**
 * {@code [[context,]extension,]priority} as pbx.c's {@code pbx_parseable_goto} reads it: the priority is a number,
 * {@code +n} or {@code -n} relative to the current one, or a label of the target extension (found through includes).
 * Jumps there and logs Asterisk's "Goto (context,exten,priority)".
 */
final class GotoTarget {

    private GotoTarget() {
    }

    /** Jumps; false (after Asterisk's warning) when the target makes no sense, which ends the dialplan. */
    static boolean jump(DialplanEngine engine, Channel channel, String target) {
        if (target == null || target.isEmpty()) {
            engine.log().warning("Goto requires an argument ([[context,]extension,]priority)");
            return false;
        }
        Optional<DialplanLocation> location = parse(engine, channel, target);
        if (location.isEmpty()) {
            return false;
        }
        DialplanLocation to = location.get();
        engine.jump(channel, to);
        engine.log().verbose(3, "Goto (" + to.context() + "," + to.exten() + "," + to.priority() + ")");
        return true;
    }

    static Optional<DialplanLocation> parse(DialplanEngine engine, Channel channel, String target) {
        String[] parts = target.split(",", 3);
        String context = null;
        String exten = null;
        String priority;
        if (parts.length == 1) {
            priority = parts[0];
        } else if (parts.length == 2) {
            exten = parts[0];
            priority = parts[1];
        } else {
            context = parts[0];
            exten = parts[1];
            priority = parts[2];
        }
        DialplanLocation here = engine.location(channel);
        String toContext = context == null || context.isEmpty() ? here.context() : context;
        String toExten = exten == null || exten.isEmpty() ? here.exten() : exten;
        int mode = 0;
        String number = priority;
        if (number.startsWith("+")) {
            mode = 1;
            number = number.substring(1);
        } else if (number.startsWith("-")) {
            mode = -1;
            number = number.substring(1);
        }
        Integer value = wholeNumber(number);
        if (value == null) {
            CompiledPriority labelled = engine.dialplan().findLabel(toContext, toExten, number, engine.callerNumber(channel));
            if (labelled == null || labelled.priority() < 1) {
                engine.log().warning("Priority '" + number + "' must be a number > 0, or valid label");
                return Optional.empty();
            }
            value = labelled.priority();
            mode = 0;
        }
        int to = mode == 0 ? value : here.priority() + value * mode;
        return Optional.of(new DialplanLocation(toContext, toExten, to));
    }

    /** {@code sscanf("%d%1s") == 1}: an integer and nothing after it. */
    private static Integer wholeNumber(String s) {
        String t = s.strip();
        if (!t.matches("[+-]?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(t);
    }
}
