package org.asterism.pbx.internal.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
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

    private static FakeDriver directDriver(FakeRtpSession rtp, String farEnd, int port) {
        rtp.remoteAddress(new InetSocketAddress(farEnd, port));
        FakeDriver driver = rtpDriver(rtp, Format.ULAW);
        driver.allowsDirectMedia = true;
        return driver;
    }

    @Test
    public void whenBothAllowDirectMediaEachFarEndIsSentToTheOtherOnceAndTheOneLeftUpIsTakenBack() throws Exception {
        FakeDriver driverA = directDriver(new FakeRtpSession(), "127.0.0.11", 4000);
        FakeDriver driverB = directDriver(new FakeRtpSession(), "127.0.0.12", 6000);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        CompletableFuture<Channel> ended = bridges.bridge(a, b).toCompletableFuture();

        assertEquals(List.of(Optional.of(new InetSocketAddress("127.0.0.12", 6000))), driverA.directMedia);
        assertEquals(List.of(Optional.of(new InetSocketAddress("127.0.0.11", 4000))), driverB.directMedia);

        a.queue(ControlFrame.of(Control.SRCCHANGE)); // the answer to that re-INVITE: nothing new, no new re-INVITE
        assertEquals(1, driverA.directMedia.size());
        assertEquals(1, driverB.directMedia.size());

        b.remoteHangup(HangupCause.NORMAL_CLEARING);

        assertSame(b, ended.get());
        assertEquals("nothing sent while nothing here needs a's media", 1, driverA.directMedia.size());
        assertEquals("b hung up: left alone", 1, driverB.directMedia.size());
        a.write(VoiceFrame.of(Format.ULAW, new byte[160])); // say, Playback() after Dial()
        assertEquals("media needed: it comes back to us", List.of(Optional.of(new InetSocketAddress("127.0.0.12", 6000)),
                Optional.empty()), driverA.directMedia);
        a.write(VoiceFrame.of(Format.ULAW, new byte[160]));
        assertEquals("once", 2, driverA.directMedia.size());
    }

    @Test
    public void aChannelHungUpRightAfterItsDirectMediaBridgeCostsNoReInvite() throws Exception {
        FakeDriver driverA = directDriver(new FakeRtpSession(), "127.0.0.11", 4000);
        FakeDriver driverB = directDriver(new FakeRtpSession(), "127.0.0.12", 6000);
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        CompletableFuture<Channel> ended = bridges.bridge(a, b).toCompletableFuture();

        b.remoteHangup(HangupCause.NORMAL_CLEARING);
        ended.get();
        a.hangup(HangupCause.NORMAL_CLEARING); // as Dial() hangs up the caller when the callee did

        assertEquals(1, driverA.directMedia.size());
    }

    @Test
    public void oneSideRefusingDirectMediaKeepsBothRelayedByUsAndLosingItTakesBothBack() {
        FakeRtpSession rtpA = new FakeRtpSession();
        FakeDriver driverA = directDriver(rtpA, "127.0.0.11", 4000);
        FakeDriver driverB = directDriver(new FakeRtpSession(), "127.0.0.12", 6000);
        driverB.allowsDirectMedia = false;
        Channel a = channel("201", driverA);
        Channel b = channel("202", driverB);
        bridges.bridge(a, b);
        assertTrue(driverA.directMedia.isEmpty());
        assertEquals("relayed natively by us instead", Optional.of(rtpA), ((FakeRtpSession) driverB.rtp.orElseThrow()).relay());

        driverB.allowsDirectMedia = true;
        b.queue(ControlFrame.of(Control.SRCCHANGE));
        assertEquals(1, driverA.directMedia.size());
        assertEquals(1, driverB.directMedia.size());

        driverA.formats = List.of(Format.ALAW); // no longer the same format: media must come through us to be translated
        a.queue(ControlFrame.of(Control.SRCCHANGE));
        assertEquals(Optional.empty(), driverA.directMedia.get(1));
        assertEquals(Optional.empty(), driverB.directMedia.get(1));
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
