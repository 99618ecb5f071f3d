package org.asterism.pbx.dialplan.internal.app;

import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/**
 * {@code Set(name=value)}: a channel variable ({@code _name} and {@code __name} are inherited by Dial's channels), or a
 * function: {@code Set(CALLERID(num)=201)}. Everything after the first "=" is the value, commas included.
 */
public class Set extends BuiltinApplication {

    private final DialplanEngine engine;

    public Set(DialplanEngine engine) {
        super("Set", "Set channel variable or function value.", "Set(name=value)",
                "This function can be used to set the value of channel variables or dialplan functions. When setting "
                        + "variables, if the variable name is prefixed with _, the variable will be inherited into channels "
                        + "created from the current channel. If the variable name is prefixed with __, the variable will be "
                        + "inherited into channels created from the current channel and all children channels.");
        this.engine = engine;
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        if (data.isEmpty()) {
            engine.log().warning("Set requires one variable name/value pair.");
            return CONTINUE;
        }
        int equals = data.indexOf('=');
        if (equals < 0) {
            engine.log().warning("Set requires an '=' to be a valid assignment.");
            return CONTINUE;
        }
        String name = data.substring(0, equals);
        String value = data.substring(equals + 1);
        if (name.indexOf(' ') >= 0) {
            engine.log().warning("Please avoid unnecessary spaces on variables as it may lead to unexpected results ('"
                    + name + "' set to '" + value + "').");
        }
        engine.setVariable(channel, name, value);
        return CONTINUE;
    }
}
