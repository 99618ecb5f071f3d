package org.asterism.cli.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Asterisk's {@code core ...} commands, contributed by modules. */
@Service
@Command(scope = "asterisk", name = "core", description = "Asterisk 'core' commands; type 'core' alone to list them")
public class CoreCommand extends CliAction {

    @Argument(index = 0, name = "words", description = "the rest of the command", multiValued = true)
    @Completion(CliWordCompleter.class)
    List<String> words;

    @Override
    String word() {
        return "core";
    }

    @Override
    List<String> arguments() {
        return words;
    }
}
