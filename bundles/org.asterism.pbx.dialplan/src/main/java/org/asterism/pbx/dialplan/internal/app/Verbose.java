package org.asterism.pbx.dialplan.internal.app;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.dialplan.ApplicationArguments;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** {@code Verbose([level,]message)}: the message as a verbose line of that level (0 to 4), at INFO. */
public class Verbose extends BuiltinApplication {

    private final DialplanEngine engine;

    public Verbose(DialplanEngine engine) {
        super("Verbose", "Send arbitrary text to verbose output.", "Verbose([level,]message)",
                "Sends an arbitrary text message to verbose output.");
        this.engine = engine;
    }

    @Override
    public String since() {
        return "1.0.0";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        if (data.isEmpty()) {
            return CONTINUE;
        }
        List<String> args = ApplicationArguments.split(data);
        String level = args.size() == 1 ? "0" : args.get(0);
        String message = args.size() == 1 ? args.get(0) : String.join(",", args.subList(1, args.size()));
        int verbosity;
        if (level.trim().matches("\\d+")) {
            verbosity = (int) Math.min(4, Long.parseLong(level.trim()));
        } else {
            verbosity = 0;
            engine.log().warning("'" + level + "' is not a verboser number");
        }
        engine.log().verbose(verbosity, message);
        return CONTINUE;
    }
}
