package org.asterism.pbx.dialplan.internal.function;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** func_strings.c's LEN and EVAL. */
public final class StringFunctions {

    private StringFunctions() {
    }

    /** {@code LEN(string)}. */
    public static class Len extends BuiltinFunction {
        public Len() {
            super("LEN", "Return the length of the string given.", "LEN(string)",
                    "Returns the length of the string given.");
        }

        @Override
        public String read(Channel channel, String arguments) {
            return Integer.toString(arguments.length());
        }
    }

    /** {@code EVAL(variable)}: substitutes once more what was already substituted ({@code ${EVAL(${VAR})}}). */
    public static class Eval extends BuiltinFunction {
        private final DialplanEngine engine;

            public Eval(DialplanEngine engine) {
            super("EVAL", "Evaluate stored variables", "EVAL(variable)",
                    "Using EVAL basically causes a string to be evaluated twice. When a variable or expression is in "
                            + "the dialplan, it will be evaluated at runtime. However, if the results of the evaluation is "
                            + "in fact another variable or expression, using EVAL will have it evaluated a second time.");
            this.engine = engine;
        }

        @Override
        public String read(Channel channel, String arguments) {
            return engine.substitute(channel, arguments);
        }
    }
}
