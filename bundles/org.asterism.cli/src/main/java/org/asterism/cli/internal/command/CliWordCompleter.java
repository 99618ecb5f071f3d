package org.asterism.cli.internal.command;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.asterism.cli.internal.CliRegistry;

/** Completes the next word of any CLI command from the commands registered now. */
@Service
public class CliWordCompleter implements Completer {

    @Reference
    CliRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String[] typed = commandLine.getArguments();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < commandLine.getCursorArgumentIndex() && i < typed.length; i++) {
            words.add(typed[i].contains(":") ? typed[i].substring(typed[i].indexOf(':') + 1) : typed[i]);
        }
        StringsCompleter completer = new StringsCompleter(registry.complete(words));
        return completer.complete(session, commandLine, candidates);
    }
}
