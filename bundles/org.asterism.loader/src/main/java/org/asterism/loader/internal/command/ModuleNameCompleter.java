package org.asterism.loader.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.asterism.loader.internal.ModuleCompletions;
import org.asterism.loader.internal.ModuleRuntime;

/** Completes the words after {@code module <sub-command>}: module names as {@code name.so}, {@code -f}, {@code like}. */
@Service
public class ModuleNameCompleter implements Completer {

    @Reference
    ModuleRuntime runtime;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String word = commandLine.getCursorArgument();
        int position = Math.max(0, commandLine.getArgumentPosition());
        String prefix = word == null ? "" : word.substring(0, Math.min(position, word.length()));
        List<String> found = ModuleCompletions.candidates(commandLine.getArguments(),
                commandLine.getCursorArgumentIndex(), prefix, runtime.modules());
        candidates.addAll(found);
        return found.isEmpty() ? -1 : 0;
    }
}
