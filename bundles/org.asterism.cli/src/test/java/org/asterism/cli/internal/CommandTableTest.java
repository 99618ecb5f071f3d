package org.asterism.cli.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.PrintStream;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.junit.Test;

public class CommandTableTest {

    private static CliCommand command(String words) {
        return new CliCommand() {
            @Override
            public String command() {
                return words;
            }

            @Override
            public String usage() {
                return words;
            }

            @Override
            public void execute(List<String> args, PrintStream out) {
            }
        };
    }

    private final CommandTable table = new CommandTable();
    private final CliCommand endpoint = command("pjsip show endpoint");
    private final CliCommand endpoints = command("pjsip show endpoints");

    @Test
    public void theLongestMatchingCommandWinsAndGetsTheRemainingWords() {
        table.add(endpoint);
        table.add(endpoints);
        CommandTable.Match match = table.find(List.of("pjsip", "show", "endpoint", "6001")).orElseThrow();
        assertEquals(endpoint, match.command());
        assertEquals(List.of("6001"), match.args());
        assertEquals(endpoints, table.find(List.of("pjsip", "show", "endpoints")).orElseThrow().command());
    }

    @Test
    public void wordsMatchWithoutRegardToCase() {
        table.add(endpoints);
        assertTrue(table.find(List.of("PJSIP", "Show", "endpoints")).isPresent());
    }

    @Test
    public void aRemovedCommandIsNoLongerFound() {
        table.add(endpoints);
        table.remove(endpoints);
        assertTrue(table.find(List.of("pjsip", "show", "endpoints")).isEmpty());
    }

    @Test
    public void completionOffersTheNextWordsOfRegisteredCommands() {
        table.add(endpoint);
        table.add(endpoints);
        table.add(command("pjsip set logger"));
        assertEquals(List.of("set", "show"), table.complete(List.of("pjsip")));
        assertEquals(List.of("endpoint", "endpoints"), table.complete(List.of("pjsip", "show")));
    }
}
