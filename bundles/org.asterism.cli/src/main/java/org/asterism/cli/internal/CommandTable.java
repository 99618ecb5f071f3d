package org.asterism.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.cli.CliCommand;

/** The registered commands and the rule that picks one for the words typed: longest word prefix wins. */
public final class CommandTable {

    /** A command and the words left over for it. */
    public record Match(CliCommand command, List<String> args) {
    }

    private final List<CliCommand> commands = new CopyOnWriteArrayList<>();

    public void add(CliCommand command) {
        commands.add(command);
    }

    public void remove(CliCommand command) {
        commands.remove(command);
    }

    public Optional<Match> find(List<String> words) {
        CliCommand best = null;
        int bestLength = 0;
        for (CliCommand command : commands) {
            List<String> own = words(command);
            if (own.size() > bestLength && startsWith(words, own)) {
                best = command;
                bestLength = own.size();
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best, List.copyOf(words.subList(bestLength, words.size()))));
    }

    /** Commands whose words begin with {@code prefix}, sorted, for help listings. */
    public List<CliCommand> startingWith(List<String> prefix) {
        List<CliCommand> found = new ArrayList<>();
        for (CliCommand command : commands) {
            if (startsWith(words(command), prefix)) {
                found.add(command);
            }
        }
        found.sort(Comparator.comparing(CliCommand::command));
        return found;
    }

    /** Next-word candidates after {@code typed}: words of longer commands, then the command's own. */
    public List<String> complete(List<String> typed) {
        List<String> candidates = new ArrayList<>();
        for (CliCommand command : commands) {
            List<String> own = words(command);
            if (own.size() > typed.size() && startsWith(own, typed)) {
                String next = own.get(typed.size());
                if (!candidates.contains(next)) {
                    candidates.add(next);
                }
            }
        }
        find(typed).ifPresent(match -> candidates.addAll(match.command().complete(match.args())));
        candidates.sort(null);
        return candidates;
    }

    private static List<String> words(CliCommand command) {
        return List.of(command.command().trim().split("\\s+"));
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        if (prefix.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equalsIgnoreCase(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
