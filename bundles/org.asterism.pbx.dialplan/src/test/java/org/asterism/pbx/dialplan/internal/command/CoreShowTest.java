package org.asterism.pbx.dialplan.internal.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.asterism.pbx.dialplan.internal.Pbx;
import org.junit.After;
import org.junit.Test;

public class CoreShowTest {

    private final Pbx pbx = new Pbx();

    @After
    public void close() {
        pbx.close();
    }

    private String run(CliCommand command, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.execute(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void applicationsAreListedByNameWithTheirSynopsis() throws Exception {
        pbx.app("Echo", (c, d) -> null);
        String[] lines = run(new ApplicationCommands.ShowAll(pbx.engine)).split("\n");
        assertEquals("    -= Registered Asterisk Applications =-", lines[0]);
        assertEquals("                Answer: Answer a channel if ringing.", lines[1]);
        assertEquals("                  Busy: Indicate the Busy condition.", lines[2]);
        assertEquals("                  Echo: Test application Echo", lines[4]);
        assertEquals("    -= 15 Applications Registered =-", lines[lines.length - 1]);
        assertEquals("    -= Matching Asterisk Applications =-\n"
                + "                  Goto: Jump to a particular priority, extension, or context.\n"
                + "                GotoIf: Conditional goto.\n"
                + "    -= 2 Applications Matching =-\n", run(new ApplicationCommands.ShowAll(pbx.engine), "like", "goto"));
    }

    @Test
    public void oneApplication() throws Exception {
        String page = run(new ApplicationCommands.ShowOne(pbx.engine), "wait");
        assertTrue(page, page.startsWith("\n  -= Info about Application 'Wait' =- \n\n[Synopsis]\nWaits for some time.\n\n"));
        assertTrue(page, page.contains("[Syntax]\nWait(seconds)\n\n"));
        assertEquals("Your application(s) is (are) not registered\n", run(new ApplicationCommands.ShowOne(pbx.engine), "Nope"));
    }

    @Test
    public void functionsInAsterisksColumns() throws Exception {
        String[] lines = run(new FunctionCommands.ShowAll(pbx.engine)).split("\n");
        assertEquals("Installed Custom Functions:", lines[0]);
        assertEquals("-".repeat(80), lines[1]);
        assertEquals("CALLERID              CALLERID(datatype[,CID])             Gets or sets Caller*ID data on the channel.",
                lines[2]);
        assertEquals("8 custom functions installed.", lines[lines.length - 1]);
        assertEquals("No function by that name registered.\n", run(new FunctionCommands.ShowOne(pbx.engine), "NOPE"));
        assertTrue(run(new FunctionCommands.ShowOne(pbx.engine), "LEN").contains("-= Info about Function 'LEN' =-"));
    }
}
