package org.asterism.pbx.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;
import org.junit.Before;
import org.junit.Test;

public class ChannelLifecycleTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private Technologies technologies;
    private ChannelRegistry registry;

    @Before
    public void setUp() {
        technologies = new Technologies();
        registry = new ChannelRegistry(technologies, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Channel incoming(String resource, FakeDriver driver) {
        return registry.create(FakeTechnology.spec("PJSIP", resource, ChannelState.RING), driver);
    }

    @Test
    public void channelsAreNamedWithOneCounterAcrossTechnologiesAndGetAsteriskStyleUniqueIds() {
        Channel first = incoming("201", new FakeDriver());
        Channel second = registry.create(FakeTechnology.spec("Local", "x@y", ChannelState.DOWN), new FakeDriver());
        Channel third = incoming("202", new FakeDriver());

        assertEquals("PJSIP/201-00000001", first.name());
        assertEquals("Local/x@y-00000002", second.name());
        assertEquals("PJSIP/202-00000003", third.name());
        assertEquals(NOW.getEpochSecond() + ".1", first.uniqueId());
        assertEquals(NOW.getEpochSecond() + ".3", third.uniqueId());
        assertEquals("PJSIP", first.technology());
        assertEquals("en", first.language());
        assertEquals(List.of(first, second, third), registry.list());
        assertEquals(2, registry.count("pjsip"));
        assertEquals(Optional.of(third), registry.find("pjsip/202-00000003"));
    }

    @Test
    public void framesGoToTheReaderAndAnAnswerMakesTheChannelUp() {
        Channel channel = registry.create(FakeTechnology.spec("PJSIP", "201", ChannelState.DOWN), new FakeDriver());
        List<Frame> read = new CopyOnWriteArrayList<>();
        channel.reader(read::add);
        VoiceFrame voice = VoiceFrame.of(Format.ULAW, new byte[160]);

        channel.queue(ControlFrame.of(Control.RINGING));
        channel.queue(ControlFrame.of(Control.ANSWER));
        channel.queue(voice);

        assertEquals(List.of(ControlFrame.of(Control.RINGING), ControlFrame.of(Control.ANSWER), voice), read);
        assertEquals(ChannelState.UP, channel.state());
    }

    @Test
    public void aFrameQueuedAfterHangupIsDroppedAndWritesNoLongerReachTheDriver() {
        FakeDriver driver = new FakeDriver();
        Channel channel = incoming("201", driver);
        List<Frame> read = new CopyOnWriteArrayList<>();
        channel.reader(read::add);

        channel.hangup(HangupCause.NORMAL_CLEARING);
        channel.queue(DtmfFrame.end('5', 100));
        channel.write(DtmfFrame.end('6', 100));
        channel.indicate(Control.RINGING);

        assertTrue(read.isEmpty());
        assertTrue(driver.written.isEmpty());
        assertTrue(driver.indications.isEmpty());
    }

    @Test
    public void aRemoteHangupTellsTheReaderReleasesTheDriverOnceAndRemovesTheChannel() throws Exception {
        FakeDriver driver = new FakeDriver();
        Channel channel = incoming("201", driver);
        List<Frame> read = new CopyOnWriteArrayList<>();
        channel.reader(read::add);

        channel.remoteHangup(HangupCause.USER_BUSY);
        channel.hangup(HangupCause.NORMAL_CLEARING);

        assertEquals(List.of(ControlFrame.of(Control.HANGUP)), read);
        assertEquals(1, driver.hangups.get());
        assertEquals(List.of(HangupCause.USER_BUSY), driver.hangupCauses);
        assertEquals(HangupCause.USER_BUSY, channel.hangupCause());
        assertEquals(HangupCause.USER_BUSY, channel.hungUp().toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertTrue(registry.list().isEmpty());
        assertEquals(0, registry.count("PJSIP"));
        assertTrue(registry.find(channel.name()).isEmpty());
    }

    @Test
    public void aLocalHangupDoesNotSendHangupToTheReader() {
        FakeDriver driver = new FakeDriver();
        Channel channel = incoming("201", driver);
        List<Frame> read = new CopyOnWriteArrayList<>();
        channel.reader(read::add);

        channel.hangup(HangupCause.NORMAL_CLEARING);

        assertTrue(read.isEmpty());
        assertTrue(channel.isHungUp());
        assertTrue(channel.hungUp().toCompletableFuture().isDone());
        assertEquals(1, driver.hangups.get());
    }

    @Test
    public void concurrentHangupsReachTheDriverExactlyOnce() throws Exception {
        for (int round = 0; round < 200; round++) {
            FakeDriver driver = new FakeDriver();
            Channel channel = incoming("201", driver);
            int threads = 6;
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean remote = t % 2 == 0;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (remote) {
                        channel.remoteHangup(HangupCause.NORMAL_CLEARING);
                    } else {
                        channel.hangup(HangupCause.USER_BUSY);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            start.countDown();
            for (Thread worker : workers) {
                worker.join(5000);
            }
            assertEquals("round " + round, 1, driver.hangups.get());
            assertTrue(channel.hungUp().toCompletableFuture().isDone());
            assertEquals(channel.hangupCause(), driver.hangupCauses.get(0));
        }
        assertTrue(registry.list().isEmpty());
    }

    @Test
    public void answerCompletesWhenTheDriverHasAnsweredAndMakesTheChannelUp() {
        FakeDriver driver = new FakeDriver();
        driver.answer = new java.util.concurrent.CompletableFuture<>();
        Channel channel = incoming("201", driver);

        java.util.concurrent.CompletableFuture<Void> answered = channel.answer().toCompletableFuture();
        assertFalse(answered.isDone());
        assertEquals(ChannelState.RING, channel.state());

        driver.answer.complete(null);
        assertTrue(answered.isDone());
        assertEquals(ChannelState.UP, channel.state());
    }

    @Test
    public void aJumpMovesTheLocationAtOnceAndIsTakenOnce() {
        Channel channel = incoming("201", new FakeDriver());
        DialplanLocation target = new DialplanLocation("other", "s", 3);

        channel.jump(target);

        assertEquals(target, channel.location());
        assertEquals(Optional.of(target), channel.takeJump());
        assertEquals(Optional.empty(), channel.takeJump());
    }

    @Test
    public void variablesKeepTheirOrderAndNullUnsets() {
        Channel channel = incoming("201", new FakeDriver());
        channel.variable("B", "2");
        channel.variable("A", "1");
        channel.variable("B", null);
        channel.variable("C", "3");

        assertEquals(List.of("A", "C"), new ArrayList<>(channel.variables().keySet()));
        assertEquals(Optional.of("1"), channel.variable("A"));
        assertEquals(Optional.empty(), channel.variable("a"));
    }

    @Test
    public void requestFindsTheTechnologyCaseInsensitivelyAndRefusesUnknownOnes() throws Exception {
        technologies.addTechnology(new FakeTechnology("PJSIP", registry));

        Channel made = registry.request("pjsip", "202", Optional.empty());
        assertEquals("PJSIP/202-00000001", made.name());
        assertEquals(ChannelState.DOWN, made.state());

        try {
            registry.request("IAX2", "202", Optional.empty());
            fail("IAX2 is not loaded");
        } catch (ChannelRequestException e) {
            assertEquals(HangupCause.CHAN_NOT_IMPLEMENTED, e.hangupCause());
        }
        try {
            registry.request("PJSIP", "nobody", Optional.empty());
            fail("the technology refuses");
        } catch (ChannelRequestException e) {
            assertEquals(HangupCause.NO_ROUTE_DESTINATION, e.hangupCause());
        }
    }

    @Test
    public void callsAreTheIncomingChannels() {
        Channel in = incoming("201", new FakeDriver());
        registry.create(FakeTechnology.spec("PJSIP", "202", ChannelState.DOWN), new FakeDriver());

        assertEquals(1, registry.activeCalls());
        in.hangup(HangupCause.NORMAL_CLEARING);
        assertEquals(0, registry.activeCalls());
        assertEquals(1, registry.processedCalls());
    }
}
