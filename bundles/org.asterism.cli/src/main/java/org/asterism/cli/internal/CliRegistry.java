package org.asterism.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Whiteboard of {@link CliCommand}s; runs the one the typed words select, as Asterisk's CLI does. */
@Component(service = CliRegistry.class)
public class CliRegistry {

    private final CommandTable table = new CommandTable();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CliCommand command) {
        table.add(command);
    }

    void removeCommand(CliCommand command) {
        table.remove(command);
    }

    /** Runs the command the words select and prints its output, a usage line, or Asterisk's "No such command". */
    public void run(List<String> words, PrintStream out) {
        Optional<CommandTable.Match> match = table.find(words);
        if (match.isEmpty()) {
            String typed = String.join(" ", words);
            out.println("No such command '" + typed + "' (type 'core show help " + typed + "' for other possible commands)");
            return;
        }
        CliCommand command = match.get().command();
        try {
            command.execute(match.get().args(), out);
        } catch (CliUsageException e) {
            if (e.getMessage() != null && !e.getMessage().isEmpty()) {
                out.println(e.getMessage());
            }
            out.println("Usage: " + command.usage());
        } catch (RuntimeException e) {
            out.println("Command '" + String.join(" ", words) + "' failed: " + e);
        }
    }

    public void help(List<String> prefix, PrintStream out) {
        for (CliCommand command : table.startingWith(prefix)) {
            out.printf("%-40s %s%n", command.command(), command.usage());
        }
    }

    public List<String> complete(List<String> typed) {
        return table.complete(typed);
    }
}
