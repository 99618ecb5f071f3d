package org.asterism.pbx.dialplan.internal.app;

import java.util.concurrent.CompletionStage;

import org.asterism.pbx.api.Channel;
import org.asterism.pbx.dialplan.internal.Conditions;
import org.asterism.pbx.dialplan.internal.DialplanEngine;

/**
 * {@code GotoIf(condition?[labeliftrue][:labeliffalse])}: a Goto to one of two places; an empty one means "go on".
 * The condition is true when it is a non-zero number or a non-empty string that is not a number
 * ({@code pbx_checkcondition}).
 */
public class GotoIf extends BuiltinApplication {

    private final DialplanEngine engine;

    public GotoIf(DialplanEngine engine) {
        super("GotoIf", "Conditional goto.", "GotoIf(condition?[labeliftrue][:labeliffalse])",
                "This application will set the current context, extension, and priority in the channel structure based "
                        + "on the evaluation of the given condition. After this application completes, the pbx engine will "
                        + "continue dialplan execution at the specified location in the dialplan. The labels are specified "
                        + "with the same syntax as used within the Goto application. If the label chosen by the condition "
                        + "is omitted, no jump is performed, and the execution passes to the next instruction.");
        this.engine = engine;
    }

    @Override
    public String seeAlso() {
        return "Goto()";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        if (data.isEmpty()) {
            engine.log().warning("Ignoring, since there is no variable to check");
            return CONTINUE;
        }
        int question = data.indexOf('?');
        String condition = question < 0 ? data : data.substring(0, question);
        String branches = question < 0 ? null : data.substring(question + 1);
        String ifTrue = null;
        String ifFalse = null;
        if (branches != null) {
            int colon = branches.indexOf(':');
            ifTrue = colon < 0 ? branches : branches.substring(0, colon);
            ifFalse = colon < 0 ? null : branches.substring(colon + 1);
        }
        String branch = Conditions.isTrue(condition) ? ifTrue : ifFalse;
        if (branch == null || branch.isEmpty()) {
            return CONTINUE;
        }
        return GotoTarget.jump(engine, channel, branch) ? CONTINUE : HANGUP;
    }
}
