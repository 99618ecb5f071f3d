package org.asterism.pbx.dialplan.internal.function;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** {@code GLOBAL(varname)}: reads and sets a global variable. */
public class GlobalFunction extends BuiltinFunction {

    private final DialplanEngine engine;

    public GlobalFunction(DialplanEngine engine) {
        super("GLOBAL", "Gets or sets the global variable specified.", "GLOBAL(varname)",
                "Set or get the value of a global variable specified in varname.");
        this.engine = engine;
    }

    @Override
    public String read(Channel channel, String arguments) {
        return engine.globals().get(arguments).orElse("");
    }

    @Override
    public void write(Channel channel, String arguments, String value) {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("GLOBAL() requires a variable name");
        }
        engine.log().verbose(2, "Setting global variable '" + arguments + "' to '" + value + "'");
        engine.globals().set(arguments, value);
    }
}
