package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.asterism.media.api.Format;
import org.asterism.media.api.rtp.RtpStatistics;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** RTCP reports both ways and the statistics they and the RTP stream give. */
public class RtcpTest {

    private NioRtpEngine engine;
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @Before
    public void startEngine() throws IOException {
        // a report every 100 ms (rtp.conf allows no less than 500; tests need not wait that long)
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998).withRtcpInterval(100));
    }

    @After
    public void tearDown() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
        engine.stop();
    }

    @Test
    public void senderReportsCarryOurStreamAndThePeersReportsAreRead() throws Exception {
        FarEnd phone = far();
        NioRtpSession a = open();
        a.payloadTypes(Map.of(0, Format.ULAW));
        a.sendFormat(Format.ULAW, 0, 20);
        a.remoteAddress(phone.address());
        long start = System.nanoTime() - RtpSessionTest.SECOND;
        for (int i = 0; i < 5; i++) {
            a.write(RtpSessionTest.ulaw(i), start + i * RtpSessionTest.TWENTY_MS);
        }
        int ssrc = FarEnd.Packet.of(phone.receive(2000)).ssrc();
        // the phone sends two packets of its own, one lost between them
        phone.send(FarEnd.rtp(0, false, 10, 0, 0xABC, new byte[160]), a.localAddress());
        phone.send(FarEnd.rtp(0, false, 12, 320, 0xABC, new byte[160]), a.localAddress());
        waitFor(() -> a.statistics().packetsReceived() == 2);

        ByteBuffer report = ByteBuffer.wrap(receiveReport(phone, 200));
        assertEquals(0x81, report.get(0) & 0xFF); // one report block
        assertEquals(ssrc, report.getInt(4));
        long ntp = report.getLong(8);
        assertEquals(5, report.getInt(20)); // packets sent
        assertEquals(800, report.getInt(24)); // octets sent
        assertEquals(0xABC, report.getInt(28)); // the block is about the phone's stream
        assertEquals(1, report.getInt(32) & 0xFFFFFF); // one lost
        assertEquals(12, report.getInt(36)); // highest sequence
        int srLength = ((report.getShort(2) & 0xFFFF) + 1) * 4;
        assertEquals(202, report.get(srLength + 1) & 0xFF); // then SDES
        assertEquals(1, report.get(srLength + 8)); // CNAME

        // the phone answers with a receiver report about our stream
        ByteBuffer rr = ByteBuffer.allocate(32);
        rr.put((byte) 0x81).put((byte) 201).putShort((short) 7).putInt(0xABC);
        rr.putInt(ssrc).putInt(7).putInt(5).putInt(800).putInt(NtpClock.middle(ntp)).putInt(0);
        phone.sendRtcp(rr.array(), rtcpOf(a));
        waitFor(() -> a.statistics().remotePacketsLost() == 7);
        RtpStatistics stats = a.statistics();
        assertEquals(100.0, stats.remoteJitterMillis(), 0.001);
        assertTrue("round trip " + stats.roundTripMillis(), stats.roundTripMillis() > 0);
        assertEquals(5, stats.packetsSent());
        assertEquals(2, stats.packetsReceived());
        assertEquals(1, stats.packetsLost());
    }

    @Test
    public void jitterShowsWhenArrivalsDoNotMatchTimestamps() throws Exception {
        FarEnd phone = far();
        NioRtpSession a = open();
        a.payloadTypes(Map.of(0, Format.ULAW));
        a.remoteAddress(phone.address());
        // a second of timestamp between packets sent back to back
        for (int i = 0; i < 10; i++) {
            phone.send(FarEnd.rtp(0, false, i, 8000 * i, 1, new byte[160]), a.localAddress());
        }
        waitFor(() -> a.statistics().packetsReceived() == 10);
        assertTrue("jitter " + a.statistics().jitterMillis(), a.statistics().jitterMillis() > 300);
    }

    @Test
    public void twoSessionsExchangeReports() throws Exception {
        NioRtpSession a = open();
        NioRtpSession b = open();
        for (NioRtpSession s : List.of(a, b)) {
            s.payloadTypes(Map.of(0, Format.ULAW));
            s.sendFormat(Format.ULAW, 0, 20);
        }
        a.remoteAddress(b.localAddress());
        b.remoteAddress(a.localAddress());
        a.write(RtpSessionTest.ulaw(1));
        b.write(RtpSessionTest.ulaw(2));
        waitFor(() -> a.rtcpReportsReceived() >= 2 && b.rtcpReportsReceived() >= 2);
        assertEquals(0, a.statistics().remotePacketsLost());
        assertEquals(0, a.malformedPackets());
    }

    private static byte[] receiveReport(FarEnd phone, int type) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            byte[] packet = phone.receiveRtcp(1000);
            if (packet != null && (packet[1] & 0xFF) == type) {
                return packet;
            }
        }
        throw new AssertionError("no RTCP packet of type " + type);
    }

    private static InetSocketAddress rtcpOf(NioRtpSession session) {
        return new InetSocketAddress(session.localAddress().getAddress(), session.localAddress().getPort() + 1);
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }

    private NioRtpSession open() throws IOException {
        NioRtpSession session = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
        closeAfter.add(session);
        return session;
    }

    private FarEnd far() throws IOException {
        FarEnd far = FarEnd.open();
        closeAfter.add(far);
        return far;
    }
}
