package org.asterism.pbx.internal.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.CoreChannel;
import org.asterism.pbx.internal.FakeDriver;
import org.asterism.pbx.internal.FakeRtpSession;
import org.asterism.pbx.internal.FakeTechnology;
import org.asterism.pbx.internal.Technologies;
import org.asterism.pbx.internal.media.CodecTranslator;
import org.asterism.pbx.internal.media.FakeCodec;
import org.junit.Before;
import org.junit.Test;

public class TwoPartyBridgeTest {

    private final ChannelRegistry registry = new ChannelRegistry(new Technologies());
    private final CodecTranslator translator = new CodecTranslator();
    private final TwoPartyBridges bridges = new TwoPartyBridges(translator);

    @Before
    public void setUp() {
        translator.addCodec(new FakeCodec(Format.ULAW, Format.SLIN, 3, 0));
        translator.addCodec(new FakeCodec(Format.ALAW, Format.SLIN, 3, 1));
    }

    private Channel channel(String resource, FakeDriver driver) {
        Channel channel = registry.create(FakeTechnology.spec("PJSIP", resource, ChannelState.UP), driver);
        return channel;
    }

    private static FakeDriver rtpDriver(FakeRtpSession rtp, Format... formats) {
        FakeDriver driver = new FakeDriver(formats);
        driver.rtp = Optional.of(rtp);
        return driver;
    }

    @Test
    public void sameFirstFormatAndRtpOnBothSidesRelaysNativelyUntilTheBridgeEnds() throws Exception {
        FakeRtpSession rtpA = new FakeRtpSession();
        FakeRtpSession rtpB = new FakeRtpSession();
        FakeDriver driverA = rtpDriver(rtpA, Format.ULAW, Format.ALAW);
        FakeDriver driverB = rtpDriver(rtpB, Format.ULAW);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);

        CompletableFuture<Channel> ended = bridges.bridge(a, b).toCompletableFuture();

        assertEquals(Optional.of(rtpB), rtpA.relay());
        assertEquals(Optional.of(rtpA), rtpB.relay());
        assertTrue(driverA.indications.contains(Control.SRCUPDATE));
        assertTrue(driverB.indications.contains(Control.SRCUPDATE));

        b.remoteHangup(HangupCause.NORMAL_CLEARING);

        assertSame(b, ended.get());
        assertEquals(Optional.empty(), rtpA.relay());
        assertEquals(Optional.empty(), rtpB.relay());
        assertFalse(a.isHungUp());
    }

    @Test
    public void differentFormatsRelayFramesTranslatedEachWay() {
        FakeRtpSession rtpA = new FakeRtpSession();
        FakeRtpSession rtpB = new FakeRtpSession();
        FakeDriver driverA = rtpDriver(rtpA, Format.ULAW);
        FakeDriver driverB = rtpDriver(rtpB, Format.ALAW);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);

        bridges.bridge(a, b);
        a.queue(VoiceFrame.of(Format.ULAW, new byte[] { 5, 6, 7 }));
        b.queue(VoiceFrame.of(Format.ALAW, new byte[] { 10, 11 }));

        assertTrue(rtpA.relays.isEmpty());
        VoiceFrame toB = (VoiceFrame) onlyVoice(driverB.written);
        assertEquals(Format.ALAW, toB.format());
        assertEquals(List.of((byte) 6, (byte) 7, (byte) 8), bytes(toB));
        VoiceFrame toA = (VoiceFrame) onlyVoice(driverA.written);
        assertEquals(Format.ULAW, toA.format());
    }

    @Test
    public void sameFormatsWithoutRtpPassTheSameFrameObject() {
        FakeDriver driverA = new FakeDriver(Format.ULAW);
        FakeDriver driverB = new FakeDriver(Format.ULAW);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        bridges.bridge(a, b);

        VoiceFrame frame = VoiceFrame.of(Format.ULAW, new byte[160]);
        a.queue(frame);

        assertSame(frame, onlyVoice(driverB.written));
    }

    @Test
    public void dtmfPassesAndHoldIsIndicatedToTheOtherSide() {
        FakeDriver driverA = new FakeDriver(Format.ULAW);
        FakeDriver driverB = new FakeDriver(Format.ULAW);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        bridges.bridge(a, b);

        a.queue(DtmfFrame.begin('5'));
        a.queue(DtmfFrame.end('5', 120));
        a.queue(ControlFrame.of(Control.HOLD));
        a.queue(ControlFrame.of(Control.UNHOLD));

        assertEquals(List.of(DtmfFrame.begin('5'), DtmfFrame.end('5', 120)), driverB.written);
        assertTrue(driverB.indications.containsAll(List.of(Control.HOLD, Control.UNHOLD)));
        assertTrue(driverB.indications.indexOf(Control.HOLD) < driverB.indications.indexOf(Control.UNHOLD));
        assertFalse(driverA.indications.contains(Control.HOLD));
    }

    @Test
    public void theBridgeEndsWithTheChannelThatHungUpAndLeavesTheOtherUpWithItsReaderReset() throws Exception {
        FakeDriver driverA = new FakeDriver(Format.ULAW);
        FakeDriver driverB = new FakeDriver(Format.ULAW);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        CompletableFuture<Channel> ended = bridges.bridge(a, b).toCompletableFuture();

        a.hangup(HangupCause.NORMAL_CLEARING); // a local hangup: no HANGUP frame, the hungUp stage ends it

        assertSame(a, ended.get());
        assertFalse(b.isHungUp());
        assertEquals(0, driverB.hangups.get());
        b.queue(VoiceFrame.of(Format.ULAW, new byte[160]));
        assertTrue(driverA.written.isEmpty());
        assertEquals("", ((CoreChannel) b).bridgeId());
    }

    @Test
    public void bridgingAChannelAlreadyHungUpEndsAtOnce() throws Exception {
        Channel a = channel("201", new FakeDriver(Format.ULAW));
        Channel b = channel("202", new FakeDriver(Format.ULAW));
        b.hangup(HangupCause.NORMAL_CLEARING);

        assertSame(b, bridges.bridge(a, b).toCompletableFuture().get());
    }

    @Test
    public void aMediaChangeChoosesNativeOrFrameRelayAgain() {
        FakeRtpSession rtpA = new FakeRtpSession();
        FakeRtpSession rtpB = new FakeRtpSession();
        FakeDriver driverA = rtpDriver(rtpA, Format.ULAW);
        FakeDriver driverB = rtpDriver(rtpB, Format.ALAW);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        bridges.bridge(a, b);
        assertTrue(rtpA.relays.isEmpty());

        driverB.formats = List.of(Format.ULAW); // a re-INVITE moved b to ulaw
        b.queue(ControlFrame.of(Control.SRCCHANGE));

        assertEquals(Optional.of(rtpB), rtpA.relay());
        assertEquals(Optional.of(rtpA), rtpB.relay());
        assertTrue(driverA.indications.contains(Control.SRCCHANGE));

        driverA.formats = List.of(Format.ALAW);
        a.queue(ControlFrame.of(Control.SRCUPDATE));

        assertEquals(Optional.empty(), rtpA.relay());
        assertEquals(Optional.empty(), rtpB.relay());
    }

    private static Frame onlyVoice(List<Frame> written) {
        List<Frame> voice = written.stream().filter(VoiceFrame.class::isInstance).toList();
        assertEquals(1, voice.size());
        return voice.get(0);
    }

    private static List<Byte> bytes(VoiceFrame frame) {
        List<Byte> list = new CopyOnWriteArrayList<>();
        for (byte b : frame.payload()) {
            list.add(b);
        }
        return list;
    }
}
