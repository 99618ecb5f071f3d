package org.asterism.pbx.config.internal.command;

import java.io.PrintStream;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.config.internal.ExtensionsConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code dialplan reload}: reads extensions.conf again, and only it (pbx_config.c's {@code handle_cli_dialplan_reload}). */
@Component(service = CliCommand.class)
public class DialplanReload implements CliCommand {

    private final ExtensionsConfig extensions;

    @Activate
    public DialplanReload(@Reference ExtensionsConfig extensions) {
        this.extensions = extensions;
    }

    @Override
    public String command() {
        return "dialplan reload";
    }

    @Override
    public String usage() {
        return "dialplan reload - Reload extensions.conf without reloading any other modules. This command does not "
                + "delete global variables unless clearglobalvars is set to yes in extensions.conf";
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        if (!args.isEmpty()) {
            throw new CliUsageException("");
        }
        extensions.reload().forEach(out::println);
        out.println("Dialplan reloaded.");
    }
}
