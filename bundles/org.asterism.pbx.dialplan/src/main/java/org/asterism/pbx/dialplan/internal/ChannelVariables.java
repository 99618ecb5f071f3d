package org.asterism.pbx.dialplan.internal;

import java.util.Optional;

import org.asterism.pbx.api.Channel;

/**
 * Channel variables with Asterisk's inheritance marks: {@code Set(_FOO=x)} and {@code Set(__FOO=x)} make a variable
 * that {@code ${FOO}} reads and that Dial copies to the channels it makes; setting {@code FOO} replaces any of them.
 */
public final class ChannelVariables {

    private ChannelVariables() {
    }

    public static Optional<String> get(Channel channel, String name) {
        Optional<String> value = channel.variable(name);
        if (value.isPresent() || name.startsWith("_")) {
            return value;
        }
        value = channel.variable("_" + name);
        return value.isPresent() ? value : channel.variable("__" + name);
    }

    /** Sets (null: unsets) a variable, replacing the same name with other inheritance marks. */
    public static void set(Channel channel, String name, String value) {
        String tail = name.startsWith("__") ? name.substring(2) : name.startsWith("_") ? name.substring(1) : name;
        for (String variant : new String[] { tail, "_" + tail, "__" + tail }) {
            if (!variant.equals(name) && channel.variable(variant).isPresent()) {
                channel.variable(variant, null);
            }
        }
        channel.variable(name, value);
    }
}
