package org.asterism.cli.internal.command;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.asterism.cli.internal.CliRegistry;

/** A top-level Asterisk CLI word as a Karaf command: everything typed after it selects a {@code CliCommand}. */
abstract class CliAction implements Action {

    @Reference
    CliRegistry registry;

    /** The top-level word this Karaf command stands for. */
    abstract String word();

    abstract List<String> arguments();

    @Override
    public Object execute() {
        List<String> words = new ArrayList<>();
        words.add(word());
        if (arguments() != null) {
            words.addAll(arguments());
        }
        if (words.size() == 1) {
            registry.help(words, System.out);
        } else {
            registry.run(words, System.out);
        }
        return null;
    }
}
