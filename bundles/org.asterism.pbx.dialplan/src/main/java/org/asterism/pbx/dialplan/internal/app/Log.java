package org.asterism.pbx.dialplan.internal.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.dialplan.ApplicationArguments;
import org.asterism.pbx.dialplan.internal.DialplanEngine;
import org.asterism.pbx.dialplan.internal.PbxLog;

/**
 * {@code Log(level,message)}: the message at ERROR, WARNING, NOTICE, DEBUG, VERBOSE or DTMF, marked with where it
 * was logged as Asterisk marks it ({@code Ext. 100:3 @ default: message}).
 */
public class Log extends BuiltinApplication {

    private final DialplanEngine engine;

    public Log(DialplanEngine engine) {
        super("Log", "Send arbitrary text to a selected log level.", "Log(level,message)",
                "Sends an arbitrary text message to a selected log level.");
        this.engine = engine;
    }

    @Override
    public String since() {
        return "1.4.0";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        if (data.isEmpty()) {
            return CONTINUE;
        }
        List<String> args = ApplicationArguments.split(data);
        String level = args.get(0);
        String message = args.size() < 2 ? "" : String.join(",", args.subList(1, args.size()));
        DialplanLocation at = engine.location(channel);
        String line = "Ext. " + at.exten() + ":" + at.priority() + " @ " + at.context() + ": " + message;
        PbxLog log = engine.log();
        switch (level.toUpperCase(Locale.ROOT)) {
            case "ERROR" -> log.error(line);
            case "WARNING" -> log.warning(line);
            case "NOTICE", "VERBOSE", "DTMF" -> log.notice(line);
            case "DEBUG" -> log.debug(line);
            default -> log.error("Unknown log level: '" + level + "'");
        }
        return CONTINUE;
    }
}
