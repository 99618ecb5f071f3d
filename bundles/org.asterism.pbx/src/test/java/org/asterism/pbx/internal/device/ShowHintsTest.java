package org.asterism.pbx.internal.device;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.FakeDriver;
import org.asterism.pbx.internal.FakeTechnology;
import org.asterism.pbx.internal.Technologies;
import org.asterism.pbx.internal.command.ShowHints;
import org.junit.Test;

public class ShowHintsTest {

    private final Technologies technologies = new Technologies();
    private final ChannelRegistry registry = new ChannelRegistry(technologies);
    private final HintCatalog hints = new HintCatalog();
    private final DeviceStateTracker tracker = new DeviceStateTracker(registry, technologies, hints,
            new DeviceStateTrackerTest.DirectExecutor());

    {
        registry.addObserver(tracker); // as DS wires them: the tracker counts channels as they change
    }

    private List<String> run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ShowHints(hints, tracker).execute(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    public void hintsAreListedAsExtensionStateCPrintsThem() {
        assertEquals(List.of("There are no registered dialplan hints", ""), run());

        technologies.addTechnology(new FakeTechnology("PJSIP", registry));
        hints.setDialplan(new DeviceStateTrackerTest.HintDialplan(Map.of("201@default", "PJSIP/201&PJSIP/202")));
        hints.addSource(new DeviceStateTrackerTest.HintSource("default", "201", "PJSIP/201&PJSIP/202"));
        registry.create(FakeTechnology.spec("PJSIP", "201", ChannelState.DOWN), new FakeDriver()).state(ChannelState.RINGING);
        registry.create(FakeTechnology.spec("PJSIP", "202", ChannelState.UP), new FakeDriver());

        // made by C printf's "%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2zd\n"
        assertEquals(List.of("", "    -= Registered Asterisk Dial Plan Hints =-",
                "201@default                   : PJSIP/201&PJSIP/202                                           State:InUse&Ringing   Presence:not_set         Watchers  0",
                "----------------", "- 1 hints registered", ""), run());
    }
}
