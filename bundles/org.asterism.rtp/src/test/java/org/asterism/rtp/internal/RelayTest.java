package org.asterism.rtp.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Native relay: phone X ↔ session A ⇄ session B ↔ phone Y, each leg keeping its own stream. */
public class RelayTest {

    private NioRtpEngine engine;
    private final List<AutoCloseable> closeAfter = new ArrayList<>();
    private FarEnd x;
    private FarEnd y;
    private NioRtpSession a;
    private NioRtpSession b;
    private CollectingSink atA;
    private CollectingSink atB;

    @Before
    public void setUp() throws IOException {
        engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998));
        x = FarEnd.open();
        y = FarEnd.open();
        closeAfter.add(x);
        closeAfter.add(y);
        a = open();
        b = open();
        // the two legs negotiated different numbers for the same formats
        a.payloadTypes(Map.of(0, Format.ULAW, 9, Format.G722));
        a.sendFormat(Format.ULAW, 0, 20);
        a.telephoneEvent(101);
        b.payloadTypes(Map.of(0, Format.ULAW, 109, Format.G722));
        b.sendFormat(Format.ULAW, 0, 20);
        b.telephoneEvent(96);
        a.remoteAddress(x.address());
        b.remoteAddress(y.address());
        atA = new CollectingSink();
        atB = new CollectingSink();
        a.receiver(atA);
        b.receiver(atB);
    }

    @After
    public void tearDown() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
        engine.stop();
    }

    @Test
    public void packetsCrossUntouchedOnTheOtherLegsStream() throws Exception {
        // B has already sent some audio of its own to Y: the relayed packets must continue that stream
        long start = System.nanoTime() - RtpSessionTest.SECOND;
        b.write(RtpSessionTest.ulaw(1), start);
        b.write(RtpSessionTest.ulaw(2), start + RtpSessionTest.TWENTY_MS);
        List<FarEnd.Packet> own = RtpSessionTest.receive(y, 2);

        a.relayTo(Optional.of(b));
        b.relayTo(Optional.of(a));
        int xSsrc = 0x11223344;
        for (int i = 0; i < 5; i++) {
            x.send(FarEnd.rtp(0, i == 0, 5000 + i, 90000 + 160 * i, xSsrc, RtpSessionTest.ulaw(10 + i).payload()),
                    a.localAddress());
        }
        x.send(FarEnd.rtp(9, false, 5005, 90800, xSsrc, new byte[160]), a.localAddress());
        x.send(FarEnd.event(101, true, 5006, 90960, xSsrc, 4, false, 160), a.localAddress());

        List<FarEnd.Packet> relayed = RtpSessionTest.receive(y, 7);
        FarEnd.Packet last = own.get(1);
        for (int i = 0; i < 5; i++) {
            FarEnd.Packet p = relayed.get(i);
            assertEquals(0, p.payloadType());
            assertEquals("B's own SSRC", last.ssrc(), p.ssrc());
            assertEquals((last.sequence() + 1 + i) & 0xFFFF, p.sequence());
            assertArrayEquals(RtpSessionTest.ulaw(10 + i).payload(), p.payload());
            assertEquals(i == 0, p.marker());
        }
        // the timestamp line goes on from B's own, with the sender's spacing
        assertTrue(relayed.get(0).timestamp() - last.timestamp() >= 160);
        assertEquals(160, relayed.get(1).timestamp() - relayed.get(0).timestamp());
        // G.722 and the telephone event get B's numbers for them
        assertEquals(109, relayed.get(5).payloadType());
        assertEquals(800, relayed.get(5).timestamp() - relayed.get(0).timestamp());
        assertEquals(96, relayed.get(6).payloadType());
        assertArrayEquals(new byte[] {4, 10, 0, (byte) 160}, relayed.get(6).payload());

        // and the other way, Y -> B -> A -> X
        y.send(FarEnd.rtp(0, false, 1, 1, 77, new byte[] {42}), b.localAddress());
        FarEnd.Packet back = FarEnd.Packet.of(x.receive(2000));
        assertArrayEquals(new byte[] {42}, back.payload());
        assertTrue("A's first packet ever", back.marker());

        assertNull("nothing reaches the receivers while relaying", atA.next(50));
        assertTrue(atB.isEmpty());
        assertEquals(7, a.statistics().packetsReceived());
    }

    @Test
    public void stoppingTheRelayGivesFramesToTheReceiverAgain() throws Exception {
        a.relayTo(Optional.of(b));
        x.send(FarEnd.rtp(0, false, 1, 0, 5, new byte[] {1}), a.localAddress());
        FarEnd.Packet relayed = FarEnd.Packet.of(y.receive(2000));
        a.relayTo(Optional.empty());
        x.send(FarEnd.rtp(0, false, 2, 160, 5, new byte[] {2}), a.localAddress());
        assertArrayEquals(new byte[] {2}, ((VoiceFrame) atA.next(1, 2000).get(0)).payload());

        // B's own writes carry on the stream the relay used
        b.write(RtpSessionTest.ulaw(3));
        FarEnd.Packet own = FarEnd.Packet.of(y.receive(2000));
        assertEquals(relayed.ssrc(), own.ssrc());
        assertEquals((relayed.sequence() + 1) & 0xFFFF, own.sequence());
    }

    @Test
    public void aFormatTheOtherLegDidNotNegotiateIsNotRelayed() throws Exception {
        b.payloadTypes(Map.of(0, Format.ULAW));
        b.telephoneEvent(-1);
        a.relayTo(Optional.of(b));
        x.send(FarEnd.rtp(9, false, 1, 0, 5, new byte[160]), a.localAddress());
        x.send(FarEnd.event(101, true, 2, 0, 5, 1, false, 160), a.localAddress());
        x.send(FarEnd.rtp(0, false, 3, 160, 5, new byte[] {3}), a.localAddress());
        FarEnd.Packet p = FarEnd.Packet.of(y.receive(2000));
        assertArrayEquals(new byte[] {3}, p.payload());
        assertNull(y.receive(50));
    }

    @Test
    public void theOtherLegOnHoldSendsNothing() throws Exception {
        a.relayTo(Optional.of(b));
        b.sending(false);
        x.send(FarEnd.rtp(0, false, 1, 0, 5, new byte[] {1}), a.localAddress());
        assertNull(y.receive(100));
        b.sending(true);
        x.send(FarEnd.rtp(0, false, 2, 160, 5, new byte[] {2}), a.localAddress());
        assertArrayEquals(new byte[] {2}, FarEnd.Packet.of(y.receive(2000)).payload());
    }

    @Test(expected = IllegalArgumentException.class)
    public void relayingToItselfIsRefused() {
        a.relayTo(Optional.of(a));
    }

    @Test
    public void dtmfWrittenWhileNotRelayingStillWorks() throws Exception {
        a.write(DtmfFrame.end('1', 100));
        FarEnd.Packet p = FarEnd.Packet.of(x.receive(2000));
        assertEquals(101, p.payloadType());
        assertFalse((p.payload()[1] & 0x80) != 0);
    }

    private NioRtpSession open() throws IOException {
        NioRtpSession session = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
        closeAfter.add(session);
        return session;
    }
}
