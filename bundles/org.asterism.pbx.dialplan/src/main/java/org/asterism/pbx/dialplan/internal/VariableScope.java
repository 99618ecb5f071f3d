package org.asterism.pbx.dialplan.internal;

import java.util.Optional;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.dialplan.DialplanFunction;

/**
 * What names mean while substituting for one channel (or for none, when the dialplan is loaded), in Asterisk's order
 * ({@code ast_str_retrieve_variable}): the built-in variables computed from the channel (EXTEN, CONTEXT, PRIORITY,
 * CHANNEL, UNIQUEID, HANGUPCAUSE, LANGUAGE, HINT), EPOCH, then the channel's variables, then the globals.
 */
final class VariableScope implements Substitution.Scope {

    private final DialplanEngine engine;
    private final Channel channel;

    /** @param channel null when substituting without a channel (globals only) */
    VariableScope(DialplanEngine engine, Channel channel) {
        this.engine = engine;
        this.channel = channel;
    }

    @Override
    public Optional<String> variable(String name) {
        if (channel != null) {
            DialplanLocation here = engine.location(channel);
            switch (name) {
                case "EXTEN":
                    return Optional.of(here.exten());
                case "CONTEXT":
                    return Optional.of(here.context());
                case "PRIORITY":
                    return Optional.of(Integer.toString(here.priority()));
                case "CHANNEL":
                    return Optional.of(channel.name());
                case "UNIQUEID":
                    return Optional.of(channel.uniqueId());
                case "HANGUPCAUSE":
                    return Optional.of(Integer.toString(engine.hangupCause(channel).code()));
                case "LANGUAGE":
                    return Optional.of(channel.language());
                case "HINT":
                    return engine.hint(here.context(), here.exten());
                default:
                    break;
            }
        }
        if (name.equals("EPOCH")) {
            return Optional.of(Long.toString(engine.clock().instant().getEpochSecond()));
        }
        if (channel != null) {
            Optional<String> value = ChannelVariables.get(channel, name);
            if (value.isPresent()) {
                return value;
            }
        }
        return engine.globals().get(name);
    }

    @Override
    public boolean hasFunction(String name) {
        return engine.function(name).isPresent();
    }

    @Override
    public Optional<String> read(String name, String arguments) {
        Optional<DialplanFunction> function = engine.function(name);
        if (function.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(function.get().read(channel, arguments));
        } catch (IllegalArgumentException e) {
            engine.log().error(e.getMessage());
        } catch (RuntimeException e) {
            engine.log().error("Function " + name + " failed" + (channel == null ? "" : " on " + channel.name()) + ": " + e);
        }
        return Optional.empty();
    }
}
