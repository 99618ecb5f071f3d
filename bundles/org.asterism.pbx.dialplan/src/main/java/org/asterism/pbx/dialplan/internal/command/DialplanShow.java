package org.asterism.pbx.dialplan.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.dialplan.internal.DialplanEngine;
import org.asterism.pbx.dialplan.internal.plan.CompiledContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code dialplan show [[exten@]context]}. */
@Component(service = CliCommand.class)
public class DialplanShow implements CliCommand {

    private final DialplanEngine engine;

    @Activate
    public DialplanShow(@Reference DialplanEngine engine) {
        this.engine = engine;
    }

    @Override
    public String command() {
        return "dialplan show";
    }

    @Override
    public String usage() {
        return "dialplan show [[exten@]context] - Show dialplan";
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        if (args.size() > 1) {
            throw new CliUsageException("");
        }
        String context = null;
        String exten = null;
        if (args.size() == 1) {
            String arg = args.get(0);
            int at = arg.indexOf('@');
            if (at >= 0) {
                exten = at == 0 ? null : arg.substring(0, at);
                context = arg.substring(at + 1);
            } else {
                context = arg;
            }
            if (context.isEmpty()) {
                context = null;
            }
        }
        new DialplanPrinter(engine.dialplan(), out, engine.log()).show(context, exten);
    }

    @Override
    public List<String> complete(List<String> args) {
        List<String> names = new ArrayList<>();
        if (args.size() <= 1) {
            for (CompiledContext context : engine.dialplan().contexts()) {
                names.add(context.name());
            }
        }
        return names;
    }
}
