package org.asterism.rtp.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.VoiceFrame;
import org.asterism.media.api.rtp.RtpSession;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Sessions carrying voice over real sockets on 127.0.0.1. */
public class RtpSessionTest {

    static final long SECOND = 1_000_000_000L;
    static final long TWENTY_MS = 20_000_000L;

    private NioRtpEngine engine;
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @Before
    public void startEngine() throws IOException {
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998));
    }

    @After
    public void stopEngine() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
        engine.stop();
    }

    @Test
    public void twoSessionsTalk() throws Exception {
        NioRtpSession a = open();
        NioRtpSession b = open();
        a.remoteAddress(b.localAddress());
        b.remoteAddress(a.localAddress());
        for (NioRtpSession s : List.of(a, b)) {
            s.payloadTypes(Map.of(0, Format.ULAW));
            s.sendFormat(Format.ULAW, 0, 20);
        }
        CollectingSink atB = new CollectingSink();
        CollectingSink atA = new CollectingSink();
        b.receiver(atB);
        a.receiver(atA);

        for (int i = 0; i < 10; i++) {
            a.write(ulaw(i));
        }
        b.write(ulaw(99));
        List<Frame> got = atB.next(10, 2000);
        for (int i = 0; i < 10; i++) {
            VoiceFrame frame = (VoiceFrame) got.get(i);
            assertEquals(Format.ULAW, frame.format());
            assertEquals(160, frame.samples());
            assertArrayEquals("frame " + i, ulaw(i).payload(), frame.payload());
        }
        assertArrayEquals(ulaw(99).payload(), ((VoiceFrame) atA.next(1, 2000).get(0)).payload());
        assertEquals(10, a.statistics().packetsSent());
        assertEquals(10, b.statistics().packetsReceived());
        assertEquals(0, b.statistics().packetsLost());
    }

    @Test
    public void sequenceAndTimestampsRunOnFromARandomStart() throws Exception {
        try (FarEnd far = far()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.ULAW, 0, 20);
            long start = System.nanoTime() - SECOND;
            for (int i = 0; i < 5; i++) {
                a.write(ulaw(i), start + i * TWENTY_MS);
            }
            List<FarEnd.Packet> packets = receive(far, 5);
            for (int i = 0; i < 5; i++) {
                FarEnd.Packet p = packets.get(i);
                assertEquals(0, p.payloadType());
                assertEquals("marker on the first packet only", i == 0, p.marker());
                assertEquals(packets.get(0).ssrc(), p.ssrc());
                assertEquals((packets.get(0).sequence() + i) & 0xFFFF, p.sequence());
                assertEquals(packets.get(0).timestamp() + 160 * i, p.timestamp());
                assertArrayEquals(ulaw(i).payload(), p.payload());
            }
        }
    }

    @Test
    public void g722TimestampsAdvanceAtTheRtpClockRate() throws Exception {
        try (FarEnd far = far()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.G722, 9, 20);
            long start = System.nanoTime() - SECOND;
            for (int i = 0; i < 3; i++) {
                a.write(new VoiceFrame(Format.G722, new byte[160], 320), start + i * TWENTY_MS);
            }
            List<FarEnd.Packet> packets = receive(far, 3);
            assertEquals(9, packets.get(0).payloadType());
            assertEquals(160, packets.get(1).timestamp() - packets.get(0).timestamp());
            assertEquals(160, packets.get(2).timestamp() - packets.get(1).timestamp());
            assertEquals(160, packets.get(2).payload().length);
        }
    }

    @Test
    public void packetisationGathersFramesToThePtime() throws Exception {
        try (FarEnd far = far()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.ULAW, 0, 30);
            long start = System.nanoTime() - SECOND;
            for (int i = 0; i < 3; i++) {
                a.write(ulaw(i), start + i * TWENTY_MS);
            }
            List<FarEnd.Packet> packets = receive(far, 2);
            assertEquals(240, packets.get(0).payload().length);
            assertEquals(240, packets.get(1).timestamp() - packets.get(0).timestamp());
            assertNull(far.receive(100));
        }
    }

    @Test
    public void receivedPacketsAreDecodedPastCsrcExtensionAndPadding() throws Exception {
        try (FarEnd far = far()) {
            NioRtpSession a = open();
            CollectingSink sink = new CollectingSink();
            a.receiver(sink);
            a.payloadTypes(Map.of(8, Format.ALAW));
            a.remoteAddress(far.address());
            // two CSRCs, a one-word extension, 3 bytes of padding
            byte[] packet = {(byte) 0xB2, 8, 0, 1, 0, 0, 0, 1, 0, 0, 0, 7,
                0, 0, 0, 1, 0, 0, 0, 2,
                (byte) 0xBE, (byte) 0xDE, 0, 1, 1, 2, 3, 4,
                10, 20, 30, 40, 0, 0, 3};
            far.send(packet, a.localAddress());
            VoiceFrame frame = (VoiceFrame) sink.next(1, 2000).get(0);
            assertEquals(Format.ALAW, frame.format());
            assertArrayEquals(new byte[] {10, 20, 30, 40}, frame.payload());
        }
    }

    @Test
    public void otherPayloadTypesAreDropped() throws Exception {
        try (FarEnd far = far()) {
            NioRtpSession a = open();
            CollectingSink sink = new CollectingSink();
            a.receiver(sink);
            a.payloadTypes(Map.of(0, Format.ULAW));
            a.remoteAddress(far.address());
            far.send(FarEnd.rtp(8, false, 1, 0, 5, new byte[160]), a.localAddress());
            far.send(FarEnd.rtp(0, false, 2, 160, 5, new byte[] {1}), a.localAddress());
            VoiceFrame frame = (VoiceFrame) sink.next(1, 2000).get(0);
            assertArrayEquals(new byte[] {1}, frame.payload());
            assertTrue(sink.isEmpty());
        }
    }

    @Test
    public void nothingIsSentOnHold() throws Exception {
        try (FarEnd far = far()) {
            NioRtpSession a = open();
            a.remoteAddress(far.address());
            a.sendFormat(Format.ULAW, 0, 20);
            a.sending(false);
            a.write(ulaw(1));
            a.sending(true);
            a.write(ulaw(2));
            assertArrayEquals(ulaw(2).payload(), FarEnd.Packet.of(far.receive(2000)).payload());
            assertNull(far.receive(100));
        }
    }

    @Test
    public void nothingIsSentBeforeTheRemoteIsKnown() throws Exception {
        NioRtpSession a = open();
        a.sendFormat(Format.ULAW, 0, 20);
        a.write(ulaw(1));
        assertEquals(0, a.statistics().packetsSent());
        assertEquals(Optional.empty(), a.remoteAddress());
    }

    @Test
    public void useCountFollowsOpenSessions() throws Exception {
        assertEquals(0, engine.useCount());
        RtpSession a = engine.open(FarEnd.LOOPBACK);
        RtpSession b = engine.open(FarEnd.LOOPBACK);
        assertEquals(2, engine.useCount());
        assertEquals("RTP sessions", engine.describe());
        a.close();
        a.close();
        assertEquals(1, engine.useCount());
        b.close();
        assertEquals(0, engine.useCount());
    }

    @Test
    public void portsAreEvenWithRtcpAbove() throws Exception {
        NioRtpSession a = open();
        int port = a.localAddress().getPort();
        assertEquals(0, port % 2);
        assertTrue(port >= 40000 && port <= 49998);
        assertEquals(FarEnd.LOOPBACK, a.localAddress().getAddress());
    }

    private NioRtpSession open() throws IOException {
        NioRtpSession session = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
        closeAfter.add(session);
        return session;
    }

    private FarEnd far() throws IOException {
        return FarEnd.open();
    }

    static VoiceFrame ulaw(int fill) {
        byte[] payload = new byte[160];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (fill + i);
        }
        return VoiceFrame.of(Format.ULAW, payload);
    }

    static List<FarEnd.Packet> receive(FarEnd far, int count) throws IOException {
        List<FarEnd.Packet> packets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] raw = far.receive(2000);
            assertNotNull("packet " + i + " of " + count, raw);
            packets.add(FarEnd.Packet.of(raw));
        }
        return packets;
    }
}
