package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.VoiceFrame;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** RFC 4733 DTMF both ways over real sockets. */
public class TelephoneEventTest {

    private NioRtpEngine engine;
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @Before
    public void startEngine() throws IOException {
        // dtmftimeout of 50 ms (400 samples) keeps the timeout test short
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998).withDtmfTimeout(400));
    }

    @After
    public void stopEngine() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
        engine.stop();
    }

    @Test
    public void aDigitIsSentAsEventPacketsEndingWithThreeEndPackets() throws Exception {
        try (FarEnd far = FarEnd.open()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.ULAW, 0, 20);
            a.telephoneEvent(101);
            long start = System.nanoTime() - RtpSessionTest.SECOND;
            a.write(RtpSessionTest.ulaw(1), start);
            FarEnd.Packet voice = FarEnd.Packet.of(far.receive(2000));

            a.write(DtmfFrame.begin('5'), start + RtpSessionTest.TWENTY_MS);
            FarEnd.Packet first = FarEnd.Packet.of(far.receive(2000));
            FarEnd.Packet continued = FarEnd.Packet.of(far.receive(2000)); // 50 ms later
            a.write(RtpSessionTest.ulaw(2)); // held back while the digit is sent
            a.write(DtmfFrame.end('5', 0));

            assertEquals(101, first.payloadType());
            assertTrue(first.marker());
            assertEquals(5, first.payload()[0]);
            assertEquals(0, first.payload()[1] & 0x80);
            assertEquals(voice.ssrc(), first.ssrc());
            assertEquals(voice.timestamp() + 160, first.timestamp());
            assertEquals(first.timestamp(), continued.timestamp());
            assertFalse(continued.marker());
            assertTrue(duration(continued) > duration(first));

            List<FarEnd.Packet> ends = new ArrayList<>();
            FarEnd.Packet p;
            while ((p = FarEnd.Packet.of(far.receive(2000))).payload()[1] >= 0) {
                assertEquals("continuations only until the end", first.timestamp(), p.timestamp());
            }
            ends.add(p);
            ends.add(FarEnd.Packet.of(far.receive(2000)));
            ends.add(FarEnd.Packet.of(far.receive(2000)));
            int sequence = ends.get(0).sequence();
            for (int i = 0; i < 3; i++) {
                FarEnd.Packet end = ends.get(i);
                assertEquals(first.timestamp(), end.timestamp());
                assertEquals(sequence + i, end.sequence());
                assertTrue((end.payload()[1] & 0x80) != 0);
                assertEquals(duration(ends.get(0)), duration(end));
            }
            assertTrue(duration(ends.get(0)) >= duration(continued));
            assertNull("the voice frame written during the digit is not sent", far.receive(100));

            a.write(RtpSessionTest.ulaw(3));
            FarEnd.Packet after = FarEnd.Packet.of(far.receive(2000));
            assertEquals(0, after.payloadType());
            assertEquals(sequence + 3, after.sequence());
            assertTrue(after.timestamp() - first.timestamp() >= duration(ends.get(0)));
        }
    }

    @Test
    public void anEndWithoutBeginSendsAWholeEvent() throws Exception {
        try (FarEnd far = FarEnd.open()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.ULAW, 0, 20);
            a.telephoneEvent(96);
            a.write(DtmfFrame.end('#', 120));
            FarEnd.Packet start = FarEnd.Packet.of(far.receive(2000));
            assertTrue(start.marker());
            assertEquals(11, start.payload()[0]);
            for (int i = 0; i < 3; i++) {
                FarEnd.Packet end = FarEnd.Packet.of(far.receive(2000));
                assertTrue((end.payload()[1] & 0x80) != 0);
                assertEquals(960, duration(end));
                assertEquals(start.timestamp(), end.timestamp());
            }
        }
    }

    @Test
    public void noEventsWithoutTelephoneEvent() throws Exception {
        try (FarEnd far = FarEnd.open()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.ULAW, 0, 20);
            a.write(DtmfFrame.begin('1'));
            a.write(DtmfFrame.end('1', 100));
            assertNull(far.receive(150));
        }
    }

    @Test
    public void receivedEventsGiveOneBeginAndOneEndPerDigit() throws Exception {
        try (FarEnd far = FarEnd.open()) {
            NioRtpSession a = open();
            CollectingSink sink = new CollectingSink();
            a.receiver(sink);
            a.payloadTypes(Map.of(0, Format.ULAW));
            a.telephoneEvent(101);
            a.remoteAddress(far.address());
            int seq = 100;
            int ts = 8000;
            // begin (sent twice, as Asterisk does), continuations, a duplicate, three ends
            for (int duration : new int[] {160, 160, 400, 800, 800}) {
                far.send(FarEnd.event(101, seq == 100, seq++, ts, 9, 7, false, duration), a.localAddress());
            }
            for (int i = 0; i < 3; i++) {
                far.send(FarEnd.event(101, false, seq++, ts, 9, 7, true, 960), a.localAddress());
            }
            // a late continuation of the ended event, then a second digit
            far.send(FarEnd.event(101, false, 101, ts, 9, 7, false, 400), a.localAddress());
            ts += 1600;
            for (int i = 0; i < 2; i++) {
                far.send(FarEnd.event(101, i == 0, seq++, ts, 9, 10, false, 160), a.localAddress());
            }
            for (int i = 0; i < 3; i++) {
                far.send(FarEnd.event(101, false, seq++, ts, 9, 10, true, 800), a.localAddress());
            }
            far.send(FarEnd.rtp(0, false, seq++, ts + 800, 9, new byte[] {1}), a.localAddress());

            List<Frame> frames = sink.next(5, 2000);
            assertEquals(DtmfFrame.begin('7'), frames.get(0));
            assertEquals(DtmfFrame.end('7', 120), frames.get(1));
            assertEquals(DtmfFrame.begin('*'), frames.get(2));
            assertEquals(DtmfFrame.end('*', 100), frames.get(3));
            assertTrue(frames.get(4) instanceof VoiceFrame);
            assertNull(sink.next(100));
        }
    }

    @Test
    public void aDigitWithoutEndIsEndedAfterDtmfTimeout() throws Exception {
        try (FarEnd far = FarEnd.open()) {
            NioRtpSession a = open();
            CollectingSink sink = new CollectingSink();
            a.receiver(sink);
            a.telephoneEvent(101);
            a.remoteAddress(far.address());
            far.send(FarEnd.event(101, true, 1, 0, 9, 3, false, 160), a.localAddress());
            far.send(FarEnd.event(101, false, 2, 0, 9, 3, false, 400), a.localAddress());
            assertEquals(DtmfFrame.begin('3'), sink.next(2000));
            Frame end = sink.next(2000);
            assertNotNull("END after dtmftimeout", end);
            assertEquals(DtmfFrame.end('3', 50), end);
        }
    }

    @Test
    public void digitsGoBothWaysBetweenSessions() throws Exception {
        NioRtpSession a = open();
        NioRtpSession b = open();
        CollectingSink atA = new CollectingSink();
        CollectingSink atB = new CollectingSink();
        a.receiver(atA);
        b.receiver(atB);
        for (NioRtpSession s : List.of(a, b)) {
            s.payloadTypes(Map.of(0, Format.ULAW));
            s.sendFormat(Format.ULAW, 0, 20);
            s.telephoneEvent(101);
        }
        a.remoteAddress(b.localAddress());
        b.remoteAddress(a.localAddress());

        a.write(DtmfFrame.begin('9'));
        assertEquals(DtmfFrame.begin('9'), atB.next(2000));
        a.write(DtmfFrame.end('9', 0));
        DtmfFrame end = (DtmfFrame) atB.next(2000);
        assertTrue(end.end());
        assertEquals('9', end.digit());

        b.write(DtmfFrame.end('D', 80));
        assertEquals(DtmfFrame.begin('D'), atA.next(2000));
        assertEquals(DtmfFrame.end('D', 80), atA.next(2000));
        assertNull(atA.next(100));
        assertNull(atB.next(1));
    }

    private NioRtpSession open() throws IOException {
        NioRtpSession session = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
        closeAfter.add(session);
        return session;
    }

    private static int duration(FarEnd.Packet packet) {
        return ByteBuffer.wrap(packet.payload()).getShort(2) & 0xFFFF;
    }
}
