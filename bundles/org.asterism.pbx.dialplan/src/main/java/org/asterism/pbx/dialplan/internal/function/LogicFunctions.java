package org.asterism.pbx.dialplan.internal.function;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.Conditions;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/** func_logic.c's IF, ISNULL, EXISTS and SET. */
public final class LogicFunctions {

    private LogicFunctions() {
    }

    /** {@code IF(expression?[retvaltrue][:retvalfalse])}. */
    public static class If extends BuiltinFunction {
        public If() {
            super("IF", "Check for an expression.", "IF(expression?[retvaltrue][:retvalfalse])",
                    "Returns the data following ? if true, else the data following :");
        }

        @Override
        public String read(Channel channel, String arguments) {
            int question = arguments.indexOf('?');
            String expression = question < 0 ? arguments : arguments.substring(0, question);
            if (expression.isBlank() || question < 0) {
                throw new IllegalArgumentException("Syntax IF(<expr>?[<true>][:<false>])");
            }
            String branches = arguments.substring(question + 1);
            int colon = branches.indexOf(':');
            String ifTrue = (colon < 0 ? branches : branches.substring(0, colon)).strip();
            String ifFalse = colon < 0 ? "" : branches.substring(colon + 1).strip();
            return Conditions.isTrue(expression.strip()) ? ifTrue : ifFalse;
        }
    }

    /** {@code ISNULL(data)}: 1 for an empty value. */
    public static class IsNull extends BuiltinFunction {
        public IsNull() {
            super("ISNULL", "Check if a value is NULL.", "ISNULL(data)", "Returns 1 if NULL or 0 otherwise.");
        }

        @Override
        public String read(Channel channel, String arguments) {
            return arguments.isEmpty() ? "1" : "0";
        }
    }

    /** {@code EXISTS(data)}: 1 for a non-empty value. */
    public static class Exists extends BuiltinFunction {
        public Exists() {
            super("EXISTS", "Test the existence of a value.", "EXISTS(data)", "Returns 1 if exists, 0 otherwise.");
        }

        @Override
        public String read(Channel channel, String arguments) {
            return arguments.isEmpty() ? "0" : "1";
        }
    }

    /** {@code SET(varname=[value])}: sets, and reads as the value. */
    public static class SetFunction extends BuiltinFunction {
        private final DialplanEngine engine;

            public SetFunction(DialplanEngine engine) {
            super("SET", "SET assigns a value to a channel variable.", "SET(varname=[value])",
                    "SET assigns a value to a channel variable.");
            this.engine = engine;
        }

        @Override
        public String read(Channel channel, String arguments) {
            int equals = arguments.indexOf('=');
            if (equals <= 0 || arguments.substring(0, equals).isBlank()) {
                throw new IllegalArgumentException("Syntax SET(<varname>=[<value>])");
            }
            String value = arguments.substring(equals + 1).strip();
            engine.setVariable(channel, arguments.substring(0, equals).strip(), value);
            return value;
        }
    }
}
