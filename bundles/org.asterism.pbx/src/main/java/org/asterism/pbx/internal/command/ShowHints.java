package org.asterism.pbx.internal.command;

import java.io.PrintStream;
import java.util.List;
import org.asterism.cli.CliCommand;
import org.asterism.pbx.api.DeviceStates;
import org.asterism.pbx.internal.device.Hint;
import org.asterism.pbx.internal.device.HintCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code core show hints}, as main/extension_state.c's handle_show_hints lays it out. Presence state is not
 * implemented (always {@code not_set}) and watchers are not counted here (the subscriptions live in another module).
 */
@Component(service = CliCommand.class)
public class ShowHints implements CliCommand {

    private final HintCatalog hints;
    private final DeviceStates states;

    @Activate
    public ShowHints(@Reference HintCatalog hints, @Reference DeviceStates states) {
        this.hints = hints;
        this.states = states;
    }

    @Override
    public String command() {
        return "core show hints";
    }

    @Override
    public String usage() {
        return "core show hints - list registered hints and the state of their devices";
    }

    @Override
    public void execute(List<String> args, PrintStream out) {
        List<Hint> all = hints.hints();
        if (all.isEmpty()) {
            out.println("There are no registered dialplan hints");
            return;
        }
        StringBuilder text = new StringBuilder("\n    -= Registered Asterisk Dial Plan Hints =-\n");
        for (Hint hint : all) {
            text.append(String.format("%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2d\n",
                    hint.extension(), hint.devices(), states.extensionState(hint.context(), hint.exten()).display(),
                    "not_set", 0));
        }
        text.append("----------------\n");
        text.append("- ").append(all.size()).append(" hints registered\n");
        out.print(text);
    }
}
