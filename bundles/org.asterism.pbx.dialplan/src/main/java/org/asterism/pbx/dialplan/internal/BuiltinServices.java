package org.asterism.pbx.dialplan.internal;

import java.util.ArrayList;
import java.util.List;

import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.asterism.pbx.api.dialplan.DialplanFunction;
import org.asterism.pbx.dialplan.internal.app.Answer;
import org.asterism.pbx.dialplan.internal.app.Goto;
import org.asterism.pbx.dialplan.internal.app.GotoIf;
import org.asterism.pbx.dialplan.internal.app.Hangup;
import org.asterism.pbx.dialplan.internal.app.Indications;
import org.asterism.pbx.dialplan.internal.app.Log;
import org.asterism.pbx.dialplan.internal.app.NoOp;
import org.asterism.pbx.dialplan.internal.app.Set;
import org.asterism.pbx.dialplan.internal.app.Verbose;
import org.asterism.pbx.dialplan.internal.app.Wait;
import org.asterism.pbx.dialplan.internal.function.CallerIdFunction;
import org.asterism.pbx.dialplan.internal.function.GlobalFunction;
import org.asterism.pbx.dialplan.internal.function.LogicFunctions;
import org.asterism.pbx.dialplan.internal.function.StringFunctions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the built-in applications (pbx_builtins.c, Set, Verbose, Log) and functions as whiteboard services, once
 * the engine is up. They are made here, with the engine in hand, rather than as components of their own: a component
 * that needs the engine while the engine gathers the applications would be a circular reference.
 */
@Component(immediate = true)
public class BuiltinServices {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public BuiltinServices(@Reference DialplanEngine engine, BundleContext context) {
        for (DialplanApplication application : applications(engine)) {
            registrations.add(context.registerService(DialplanApplication.class, application, null));
        }
        for (DialplanFunction function : functions(engine)) {
            registrations.add(context.registerService(DialplanFunction.class, function, null));
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // gone with the bundle already
            }
        }
        registrations.clear();
    }

    public static List<DialplanApplication> applications(DialplanEngine engine) {
        return List.of(new Answer(engine), new Indications.Ringing(), new Indications.Progress(),
                new Indications.Proceeding(), new Indications.Busy(engine), new Indications.Congestion(engine),
                new Hangup(engine), new Wait(engine), new NoOp(), new Verbose(engine), new Log(engine), new Goto(engine),
                new GotoIf(engine), new Set(engine));
    }

    public static List<DialplanFunction> functions(DialplanEngine engine) {
        return List.of(new CallerIdFunction(), new StringFunctions.Len(), new StringFunctions.Eval(engine),
                new LogicFunctions.If(), new LogicFunctions.IsNull(), new LogicFunctions.Exists(),
                new LogicFunctions.SetFunction(engine), new GlobalFunction(engine));
    }
}
