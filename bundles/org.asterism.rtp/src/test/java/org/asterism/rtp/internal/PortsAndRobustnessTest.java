package org.asterism.rtp.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.asterism.media.api.rtp.RtpSession;
import org.junit.After;
import org.junit.Test;

/** The port range, and packets that are not what they should be. */
public class PortsAndRobustnessTest {

    private NioRtpEngine engine;
    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @After
    public void tearDown() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
        if (engine != null) {
            engine.stop();
        }
    }

    @Test
    public void anExhaustedRangeIsAnIoExceptionNamingItAndClosingFreesThePorts() throws Exception {
        FarEnd pair = FarEnd.open();
        int port = pair.rtp.getLocalPort();
        pair.close();
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(port, port));

        RtpSession first = engine.open(FarEnd.LOOPBACK);
        assertEquals(port, first.localAddress().getPort());
        try {
            engine.open(FarEnd.LOOPBACK);
            fail("a second session in a one-pair range");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(port + "-" + port));
        }
        first.close();
        assertEquals(0, engine.portsInUse());
        // the operating system has the ports back, not only the allocator
        try (DatagramSocket rtp = new DatagramSocket(new InetSocketAddress(FarEnd.LOOPBACK, port));
                DatagramSocket rtcp = new DatagramSocket(new InetSocketAddress(FarEnd.LOOPBACK, port + 1))) {
            assertTrue(rtp.isBound() && rtcp.isBound());
        }
        RtpSession again = engine.open(FarEnd.LOOPBACK);
        assertEquals(port, again.localAddress().getPort());
        again.close();
    }

    @Test
    public void aPairHeldBySomeoneElseIsSkipped() throws Exception {
        FarEnd taken = FarEnd.open();
        closeAfter.add(taken);
        int port = taken.rtp.getLocalPort();
        // the range holds the taken pair and, maybe, the one above it
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(port, port + 2));
        try {
            RtpSession session = engine.open(FarEnd.LOOPBACK);
            closeAfter.add(session);
            assertEquals(port + 2, session.localAddress().getPort());
        } catch (IOException e) {
            // the pair above was taken too: then the range is exhausted, which also means the taken pair was skipped
            assertTrue(e.getMessage(), e.getMessage().contains(port + "-" + (port + 2)));
        }
    }

    @Test
    public void malformedPacketsAreCountedAndDroppedAndTheLoopGoesOn() throws Exception {
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998));
        NioRtpSession a = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
        closeAfter.add(a);
        FarEnd phone = FarEnd.open();
        closeAfter.add(phone);
        CollectingSink sink = new CollectingSink();
        a.receiver(sink);
        a.payloadTypes(Map.of(0, Format.ULAW));
        a.telephoneEvent(101);
        a.remoteAddress(phone.address());

        byte[][] bad = {
            {1, 2, 3},                                                  // shorter than a header
            {0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 9},                 // version 1
            {(byte) 0x8F, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 9},          // 15 CSRCs in 13 bytes
            {(byte) 0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 9}, // extension longer than the packet
            {(byte) 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 9, 0},       // padding count 0
            {(byte) 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 9, 40},      // more padding than packet
            FarEnd.rtp(101, false, 2, 0, 1, new byte[] {1, 2}),         // telephone event too short
        };
        for (byte[] packet : bad) {
            phone.send(packet, a.localAddress());
        }
        phone.sendRtcp(new byte[] {(byte) 0x80, (byte) 200, 0, 50, 1, 2, 3, 4}, rtcpOf(a));
        phone.sendRtcp(new byte[] {0, 0}, rtcpOf(a));

        // a receiver that throws does not stop the loop either
        a.receiver(frame -> {
            throw new IllegalStateException("broken receiver");
        });
        phone.send(FarEnd.rtp(0, false, 3, 160, 1, new byte[] {7}), a.localAddress());
        RtcpTest.waitFor(() -> a.statistics().packetsReceived() == 2);
        a.receiver(sink);
        phone.send(FarEnd.rtp(0, false, 4, 320, 1, new byte[] {8}), a.localAddress());

        assertArrayEquals(new byte[] {8}, ((VoiceFrame) sink.next(1, 2000).get(0)).payload());
        assertEquals(9, a.malformedPackets());
    }

    private static InetSocketAddress rtcpOf(RtpSession session) {
        return new InetSocketAddress(session.localAddress().getAddress(), session.localAddress().getPort() + 1);
    }
}
