package org.asterism.cli.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Asterisk's {@code dialplan ...} commands, contributed by modules. */
@Service
@Command(scope = "asterisk", name = "dialplan", description = "Asterisk 'dialplan' commands; type 'dialplan' alone to list them")
public class DialplanCommand extends CliAction {

    @Argument(index = 0, name = "words", description = "the rest of the command", multiValued = true)
    @Completion(CliWordCompleter.class)
    List<String> words;

    @Override
    String word() {
        return "dialplan";
    }

    @Override
    List<String> arguments() {
        return words;
    }
}
