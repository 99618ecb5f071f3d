package org.asterism.pbx.internal.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelSpec;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.FakeDriver;
import org.asterism.pbx.internal.FakeTechnology;
import org.asterism.pbx.internal.Technologies;
import org.junit.Before;
import org.junit.Test;

public class ChannelCommandsTest {

    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    private final Technologies technologies = new Technologies();
    private final ChannelRegistry registry = new ChannelRegistry(technologies, Clock.fixed(START, ZoneOffset.UTC));
    private final Clock later = Clock.fixed(START.plusSeconds(3725), ZoneOffset.UTC);
    private Channel caller;
    private Channel callee;

    @Before
    public void setUp() {
        caller = registry.create(FakeTechnology.spec("PJSIP", "201", ChannelState.RING), new FakeDriver());
        caller.application("Dial", "PJSIP/202&PJSIP/203,30,tT");
        callee = registry.create(new ChannelSpec("PJSIP", "202", ChannelState.DOWN, CallerId.of("Alice", "201"),
                new DialplanLocation("", "", 1), Map.of(), "", "acct"), new FakeDriver());
        callee.state(ChannelState.RINGING);
        callee.application("AppDial", "(Outgoing Line)");
    }

    private static List<String> run(CliCommand command, String... args) throws CliUsageException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.execute(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    public void coreShowChannelsHasAsterisksLayoutLineByLine() throws Exception {
        List<String> lines = run(new ShowChannels(registry, later));

        // made by C printf's "%-64.64s %-32.32s %-7.7s %-30.30s\n" (main/cli.c handle_chanlist)
        assertEquals(List.of(
                "Channel                                                          Location                         State   Application(Data)             ",
                "PJSIP/201-00000001                                               100@default:1                    Ring    Dial(PJSIP/202&PJSIP/203,30,tT",
                "PJSIP/202-00000002                                               (None)                           Ringing AppDial((Outgoing Line))      ",
                "2 active channels",
                "1 active call",
                "1 call processed",
                ""), lines);
    }

    @Test
    public void theCountsUseAsterisksPlurals() throws Exception {
        caller.hangup(org.asterism.pbx.api.HangupCause.NORMAL_CLEARING);
        callee.hangup(org.asterism.pbx.api.HangupCause.NORMAL_CLEARING);

        assertEquals(List.of("0 active channels", "0 active calls", "1 call processed", ""),
                run(new ShowChannels(registry, later), "count"));
    }

    @Test
    public void conciseAndVerboseFollowAsterisksFormats() throws Exception {
        List<String> concise = run(new ShowChannels(registry, later), "concise");
        assertEquals("PJSIP/201-00000001!default!100!1!Ring!Dial!PJSIP/202&PJSIP/203,30,tT!201!!!3!3725!!"
                + START.getEpochSecond() + ".1", concise.get(0));
        assertEquals(3, concise.size());

        List<String> verbose = run(new ShowChannels(registry, later), "verbose");
        assertEquals("Channel                                                                          Context                  "
                + "Extension                Prio State   Application  Data                      CallerID        Duration "
                + "Accountcode PeerAccount BridgeID            ", verbose.get(0));
        assertTrue(verbose.get(1).startsWith("PJSIP/201-00000001 "));
        assertTrue(verbose.get(1).contains(" 01:02:05 "));
        assertTrue(verbose.get(2).contains("AppDial      (Outgoing Line) "));
    }

    @Test(expected = CliUsageException.class)
    public void anUnknownModeIsAUsageError() throws Exception {
        run(new ShowChannels(registry, later), "sideways");
    }

    @Test
    public void coreShowChannelNamesTheFields() throws Exception {
        List<String> lines = run(new ShowChannel(registry, later), "pjsip/201-00000001");

        assertEquals(" -- General --", lines.get(0));
        assertTrue(lines.contains("           Name: PJSIP/201-00000001"));
        assertTrue(lines.contains("      Caller ID: 201"));
        assertTrue(lines.contains(" Caller ID Name: Alice"));
        assertTrue(lines.contains("Connected Line ID: (N/A)"));
        assertTrue(lines.contains("          State: Ring (4)"));
        assertTrue(lines.contains("   Elapsed Time: 1h2m5s"));
        assertTrue(lines.contains("    Application: Dial"));
        assertEquals(List.of("PJSIP/9-1 is not a known channel", ""), run(new ShowChannel(registry, later), "PJSIP/9-1"));
    }

    @Test
    public void channelRequestHangupUsesAsterisksWords() throws Exception {
        RequestHangup command = new RequestHangup(registry);

        assertEquals(List.of("Requested Hangup on channel 'PJSIP/202-00000002'", "PJSIP/999-1 is not a known channel", ""),
                run(command, "PJSIP/202-00000002", "PJSIP/999-1"));
        assertTrue(callee.isHungUp());
        assertFalse(caller.isHungUp());

        assertEquals(List.of("Requested Hangup on channel 'PJSIP/201-00000001'", ""), run(command, "all"));
        assertTrue(caller.isHungUp());
    }

    @Test
    public void channelRequestHangupTakesGlobsThatDoNotCrossSlashes() throws Exception {
        RequestHangup command = new RequestHangup(registry);

        assertEquals(List.of("Pj* did not match a known channel", ""), run(command, "Pj*"));
        assertEquals(List.of("Requested Hangup on channel 'PJSIP/202-00000002'", ""), run(command, "pjsip/202-*"));
        assertEquals(List.of("Requested Hangup on channel 'PJSIP/201-00000001'", ""), run(command, "/^PJSIP.*1$/"));
    }

    @Test
    public void coreShowChanneltypesListsTheTechnologies() throws Exception {
        technologies.addTechnology(new FakeTechnology("PJSIP", registry));

        List<String> lines = run(new ShowChannelTypes(technologies));

        assertEquals("Type             Description                              Devicestate   Presencestate Indications   Transfer     ",
                lines.get(0));
        assertEquals("PJSIP            PJSIP Channel Driver                     yes           no            yes           no           ",
                lines.get(2));
        assertEquals("----------", lines.get(3));
        assertEquals("1 channel drivers registered.", lines.get(4));
    }
}
