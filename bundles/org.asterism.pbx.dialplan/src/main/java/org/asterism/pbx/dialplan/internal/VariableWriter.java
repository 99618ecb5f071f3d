package org.asterism.pbx.dialplan.internal;

import java.util.Optional;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.dialplan.DialplanFunction;

/**
 * Writes what {@code Set(name=value)} names, as {@code pbx_builtin_setvar_helper}: a function when the name ends in
 * {@code )} ({@code CALLERID(num)}, {@code GLOBAL(x)}), else a channel variable.
 */
final class VariableWriter {

    private final DialplanEngine engine;

    VariableWriter(DialplanEngine engine) {
        this.engine = engine;
    }

    void set(Channel channel, String name, String value) {
        if (!name.endsWith(")")) {
            ChannelVariables.set(channel, name, value);
            return;
        }
        int open = name.indexOf('(');
        if (open < 0) {
            engine.log().warning("Function '" + name + "' doesn't contain parentheses.  Assuming null argument.");
            ChannelVariables.set(channel, name, value);
            return;
        }
        String function = name.substring(0, open);
        String args = name.substring(open + 1, name.lastIndexOf(')'));
        Optional<DialplanFunction> found = engine.function(function);
        if (found.isEmpty()) {
            engine.log().error("Function " + function + " not registered");
            return;
        }
        try {
            found.get().write(channel, args, value);
        } catch (UnsupportedOperationException e) {
            engine.log().error("Function " + function + " cannot be written to");
        } catch (IllegalArgumentException e) {
            engine.log().error(e.getMessage());
        }
    }
}
