package org.asterism.rtp.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.VoiceFrame;
import org.junit.After;
import org.junit.Test;

/** Where RTP is taken from (strictrtp) and where it is sent to (rtp_symmetric). */
public class StrictAndSymmetricTest {

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
    public void strictRtpDropsAStranger() throws Exception {
        NioRtpSession a = session(StrictRtpMode.YES);
        FarEnd phone = far();
        FarEnd stranger = far();
        CollectingSink sink = receiving(a);
        a.remoteAddress(phone.address());

        phone.send(FarEnd.rtp(0, true, 1, 0, 1, new byte[] {1}), a.localAddress());
        stranger.send(FarEnd.rtp(0, false, 500, 0, 2, new byte[] {66}), a.localAddress());
        stranger.send(FarEnd.rtp(0, false, 501, 160, 2, new byte[] {67}), a.localAddress());
        phone.send(FarEnd.rtp(0, false, 2, 160, 1, new byte[] {2}), a.localAddress());

        List<Frame> frames = sink.next(2, 2000);
        assertArrayEquals(new byte[] {1}, ((VoiceFrame) frames.get(0)).payload());
        assertArrayEquals(new byte[] {2}, ((VoiceFrame) frames.get(1)).payload());
        assertNull(sink.next(50));
        assertEquals(2, a.strictRtpDrops());
    }

    @Test
    public void nothingIsTakenBeforeTheRemoteIsKnown() throws Exception {
        NioRtpSession a = session(StrictRtpMode.YES);
        FarEnd phone = far();
        CollectingSink sink = receiving(a);
        phone.send(FarEnd.rtp(0, false, 1, 0, 1, new byte[] {1}), a.localAddress());
        assertNull(sink.next(100));
        a.remoteAddress(phone.address());
        phone.send(FarEnd.rtp(0, false, 2, 160, 1, new byte[] {2}), a.localAddress());
        assertArrayEquals(new byte[] {2}, ((VoiceFrame) sink.next(1, 2000).get(0)).payload());
    }

    @Test
    public void aSourceOtherThanTheSignalledOneIsTakenAfterProbation() throws Exception {
        NioRtpSession a = session(StrictRtpMode.YES);
        FarEnd natted = far();
        CollectingSink sink = receiving(a);
        // the SDP said one address; the phone behind NAT sends from another
        a.remoteAddress(new InetSocketAddress(FarEnd.LOOPBACK, unusedPort()));
        a.symmetric(true);
        Frame first = null;
        int sent = 0;
        while (first == null && sent < 200) {
            natted.send(FarEnd.rtp(0, false, sent, 160 * sent, 3, new byte[] {(byte) sent}), a.localAddress());
            sent++;
            first = sink.next(10); // paces the stream at about one packet per 10 ms
        }
        assertNotNull("learned within 200 packets", first);
        // probation 4: the first packet proposes the source, four more in sequence over 22 ms or more qualify it
        assertTrue("taken from packet " + ((VoiceFrame) first).payload()[0],
                ((VoiceFrame) first).payload()[0] >= RtpSettings.DEFAULT_PROBATION);
        assertEquals(Optional.of(natted.address()), a.remoteAddress());
    }

    @Test
    public void symmetricRtpAnswersWhereTheMediaComesFrom() throws Exception {
        NioRtpSession a = session(StrictRtpMode.NO);
        FarEnd natted = far();
        CollectingSink sink = receiving(a);
        a.sendFormat(Format.ULAW, 0, 20);
        a.symmetric(true);
        InetSocketAddress signalled = new InetSocketAddress(FarEnd.LOOPBACK, unusedPort());
        a.remoteAddress(signalled);
        assertEquals(Optional.of(signalled), a.remoteAddress());

        natted.send(FarEnd.rtp(0, false, 1, 0, 3, new byte[] {1}), a.localAddress());
        sink.next(1, 2000);
        assertEquals(Optional.of(natted.address()), a.remoteAddress());
        a.write(RtpSessionTest.ulaw(5));
        assertArrayEquals(RtpSessionTest.ulaw(5).payload(), FarEnd.Packet.of(natted.receive(2000)).payload());
    }

    @Test
    public void withoutSymmetricTheSignalledAddressStays() throws Exception {
        NioRtpSession a = session(StrictRtpMode.NO);
        FarEnd other = far();
        CollectingSink sink = receiving(a);
        InetSocketAddress signalled = new InetSocketAddress(FarEnd.LOOPBACK, unusedPort());
        a.remoteAddress(signalled);
        other.send(FarEnd.rtp(0, false, 1, 0, 3, new byte[] {1}), a.localAddress());
        sink.next(1, 2000);
        assertEquals(Optional.of(signalled), a.remoteAddress());
    }

    private NioRtpSession session(StrictRtpMode mode) throws IOException {
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998).withStrictRtp(mode));
        NioRtpSession session = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
        closeAfter.add(session);
        session.payloadTypes(Map.of(0, Format.ULAW));
        return session;
    }

    private static CollectingSink receiving(NioRtpSession session) {
        CollectingSink sink = new CollectingSink();
        session.receiver(sink);
        return sink;
    }

    private FarEnd far() throws IOException {
        FarEnd far = FarEnd.open();
        closeAfter.add(far);
        return far;
    }

    private int unusedPort() throws IOException {
        FarEnd nobody = far();
        return nobody.rtp.getLocalPort();
    }
}
