package org.asterism.pbx.internal.device;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DeviceState;
import org.asterism.pbx.api.DeviceStateListener;
import org.asterism.pbx.api.ExtensionState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.Dialplan;
import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.api.dialplan.DialplanSource;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.FakeDriver;
import org.asterism.pbx.internal.FakeTechnology;
import org.asterism.pbx.internal.Technologies;
import org.junit.Before;
import org.junit.Test;

public class DeviceStateTrackerTest {

    private final Technologies technologies = new Technologies();
    private final ChannelRegistry registry = new ChannelRegistry(technologies);
    private final HintCatalog hints = new HintCatalog();
    private final DeviceStateTracker tracker = new DeviceStateTracker(registry, technologies, hints, new DirectExecutor());
    private final FakeTechnology pjsip = new FakeTechnology("PJSIP", registry);
    private final List<String> told = new CopyOnWriteArrayList<>();

    @Before
    public void setUp() {
        technologies.addTechnology(pjsip);
        registry.addObserver(tracker);
        tracker.addListener(new DeviceStateListener() {
            @Override
            public void deviceChanged(String device, DeviceState state) {
                told.add(device + "=" + state);
            }

            @Override
            public void extensionChanged(String context, String exten, ExtensionState state) {
                told.add(exten + "@" + context + "=" + state);
            }
        });
    }

    private Channel channel(String resource, ChannelState state) {
        return registry.create(FakeTechnology.spec("PJSIP", resource, state), new FakeDriver());
    }

    @Test
    public void aDeviceWithoutChannelsIsWhatItsTechnologySays() {
        pjsip.states.put("203", DeviceState.UNAVAILABLE);

        assertEquals(DeviceState.UNAVAILABLE, tracker.state("PJSIP/203"));
        assertEquals(DeviceState.NOT_INUSE, tracker.state("pjsip/201"));
        assertEquals(DeviceState.INVALID, tracker.state("IAX2/201"));
        assertEquals(DeviceState.INVALID, tracker.state("nonsense"));
    }

    @Test
    public void channelsMakeTheDeviceRingingInUseBothOrOnHold() {
        Channel out = channel("201", ChannelState.DOWN);
        out.state(ChannelState.RINGING);
        assertEquals(DeviceState.RINGING, tracker.state("PJSIP/201"));

        Channel other = channel("201", ChannelState.UP);
        assertEquals(DeviceState.RINGINUSE, tracker.state("PJSIP/201"));

        out.hangup(HangupCause.NORMAL_CLEARING);
        assertEquals(DeviceState.INUSE, tracker.state("PJSIP/201"));

        other.queue(ControlFrame.of(Control.HOLD));
        assertEquals(DeviceState.ONHOLD, tracker.state("PJSIP/201"));

        other.queue(ControlFrame.of(Control.UNHOLD));
        assertEquals(DeviceState.INUSE, tracker.state("PJSIP/201"));

        Channel incoming = channel("202", ChannelState.RING);
        assertEquals(DeviceState.INUSE, tracker.state("PJSIP/202")); // the caller's phone is busy calling
        incoming.hangup(HangupCause.NORMAL_CLEARING);
        assertEquals(DeviceState.NOT_INUSE, tracker.state("PJSIP/202"));
    }

    @Test
    public void listenersHearOnlyRealChangesInOrder() {
        Channel out = channel("201", ChannelState.DOWN);
        out.state(ChannelState.RINGING);
        out.state(ChannelState.RINGING);
        out.queue(ControlFrame.of(Control.RINGING));
        out.queue(ControlFrame.of(Control.ANSWER));
        out.queue(ControlFrame.of(Control.ANSWER));
        out.hangup(HangupCause.NORMAL_CLEARING);

        assertEquals(List.of("PJSIP/201=NOT_INUSE", "PJSIP/201=RINGING", "PJSIP/201=INUSE", "PJSIP/201=NOT_INUSE"), told);
    }

    @Test
    public void aTechnologyChangeIsHeardThroughChanged() {
        tracker.changed("PJSIP/205");
        pjsip.states.put("205", DeviceState.UNAVAILABLE);
        tracker.changed("PJSIP/205");
        tracker.changed("PJSIP/205");

        assertEquals(List.of("PJSIP/205=NOT_INUSE", "PJSIP/205=UNAVAILABLE"), told);
    }

    @Test
    public void hintsAddUpTheirDevices() {
        assertEquals(ExtensionState.REMOVED, tracker.extensionState("default", "201"));

        hints.setDialplan(new HintDialplan(Map.of("201@default", "PJSIP/201&PJSIP/202")));
        hints.addSource(new HintSource("default", "201", "PJSIP/201&PJSIP/202"));

        assertEquals(ExtensionState.NOT_INUSE, tracker.extensionState("default", "201"));
        assertEquals(ExtensionState.REMOVED, tracker.extensionState("default", "999"));

        Channel ringing = channel("201", ChannelState.DOWN);
        ringing.state(ChannelState.RINGING);
        assertEquals(ExtensionState.RINGING, tracker.extensionState("default", "201"));
        channel("202", ChannelState.UP);
        assertEquals(ExtensionState.INUSE_RINGING, tracker.extensionState("default", "201"));

        assertEquals(List.of("PJSIP/201=NOT_INUSE", "201@default=NOT_INUSE", "PJSIP/201=RINGING", "201@default=RINGING",
                "PJSIP/202=INUSE", "201@default=INUSE_RINGING"), told);

        pjsip.states.put("201", DeviceState.UNAVAILABLE);
        ringing.hangup(HangupCause.NORMAL_CLEARING);
        assertEquals(ExtensionState.INUSE, tracker.extensionState("default", "201"));
    }

    /** Runs at once on the caller's thread, so tests see the notifications in order without waiting. */
    static final class DirectExecutor extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** A dialplan that only knows hints. */
    static final class HintDialplan implements Dialplan {
        private final Map<String, String> hints;

        HintDialplan(Map<String, String> hints) {
            this.hints = hints;
        }

        @Override
        public boolean exists(String context, String exten, int priority, String callerNumber) {
            return false;
        }

        @Override
        public boolean canMatchMore(String context, String exten, String callerNumber) {
            return false;
        }

        @Override
        public boolean hasContext(String context) {
            return true;
        }

        @Override
        public CompletionStage<Void> run(Channel channel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String substitute(Channel channel, String text) {
            return text;
        }

        @Override
        public Optional<String> hint(String context, String exten) {
            return Optional.ofNullable(hints.get(exten + "@" + context));
        }
    }

    /** A source with one hint. */
    static final class HintSource implements DialplanSource {
        private final DialplanContext context;

        HintSource(String context, String exten, String devices) {
            this.context = new DialplanContext(context, List.of(new DialplanEntry(exten, Optional.empty(), DialplanEntry.HINT,
                    Optional.empty(), devices, devices, "extensions.conf", 1)), List.of(), "pbx_config");
        }

        @Override
        public String registrar() {
            return "pbx_config";
        }

        @Override
        public List<DialplanContext> contexts() {
            return List.of(context);
        }
    }
}
