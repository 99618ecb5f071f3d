package org.asterism.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One CLI command, selected by its leading words ("pjsip show transports"). The first word must be one of
 * the top-level words the CLI bundle provides as Karaf commands: {@code pjsip}, {@code core},
 * {@code dialplan}, {@code channel}. The longest matching command wins, so "pjsip show endpoint" and
 * "pjsip show endpoints" can both exist.
 */
@ConsumerType
public interface CliCommand {

    /** The words that select it, separated by single spaces: "pjsip set logger". */
    String command();

    /** One line of usage shown in help and on a usage error: "pjsip set logger {on|off|host <name>}". */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the words typed after {@link #command()}
     * @param out where to print; commands print what the operator reads
     * @throws CliUsageException when the arguments are wrong; the CLI prints the usage
     */
    void execute(List<String> args, PrintStream out) throws CliUsageException;

    /** Candidates for the next word after {@code args}; used for tab completion. */
    default List<String> complete(List<String> args) {
        return List.of();
    }
}
