package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Timestamps and marker bits on a made-up clock. */
public class RtpTransmitterTest {

    private static final long MS = 1_000_000L;

    private DatagramChannel channel;
    private FarEnd far;
    private RtpTransmitter transmitter;

    @Before
    public void setUp() throws IOException {
        channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(FarEnd.LOOPBACK, 0));
        far = FarEnd.open();
        transmitter = new RtpTransmitter(channel);
        transmitter.remote(far.address());
        transmitter.configure(Format.ULAW, 0, 20);
    }

    @After
    public void tearDown() throws IOException {
        channel.close();
        far.close();
    }

    @Test
    public void aPauseJumpsTheTimestampByTheClockAndSetsTheMarker() throws IOException {
        long t = 1_000 * MS;
        transmitter.writeVoice(frame(), t);
        transmitter.writeVoice(frame(), t + 20 * MS);
        transmitter.writeVoice(frame(), t + 40 * MS);
        // a second of silence (no frames written), then talk again
        transmitter.writeVoice(frame(), t + 1_040 * MS);
        transmitter.writeVoice(frame(), t + 1_060 * MS);

        FarEnd.Packet[] p = new FarEnd.Packet[5];
        for (int i = 0; i < 5; i++) {
            p[i] = FarEnd.Packet.of(far.receive(2000));
        }
        assertTrue(p[0].marker());
        assertFalse(p[1].marker());
        assertFalse(p[2].marker());
        assertTrue("marker after the pause", p[3].marker());
        assertFalse(p[4].marker());
        assertEquals(160, p[1].timestamp() - p[0].timestamp());
        assertEquals(8000, p[3].timestamp() - p[2].timestamp());
        assertEquals(160, p[4].timestamp() - p[3].timestamp());
        assertEquals(p[0].sequence() + 4, p[4].sequence());
    }

    @Test
    public void framesWrittenInABurstKeepThePredictedTimestamps() throws IOException {
        long t = 1_000 * MS;
        for (int i = 0; i < 20; i++) {
            transmitter.writeVoice(frame(), t);
        }
        int first = FarEnd.Packet.of(far.receive(2000)).timestamp();
        for (int i = 1; i < 20; i++) {
            FarEnd.Packet p = FarEnd.Packet.of(far.receive(2000));
            assertFalse(p.marker());
            assertEquals(first + 160 * i, p.timestamp());
        }
    }

    @Test
    public void aNewSourceGetsANewSsrcAndTheMarker() throws IOException {
        transmitter.writeVoice(frame(), 1_000 * MS);
        transmitter.newSource();
        transmitter.writeVoice(frame(), 1_020 * MS);
        transmitter.markNext();
        transmitter.writeVoice(frame(), 1_040 * MS);
        FarEnd.Packet before = FarEnd.Packet.of(far.receive(2000));
        FarEnd.Packet after = FarEnd.Packet.of(far.receive(2000));
        FarEnd.Packet marked = FarEnd.Packet.of(far.receive(2000));
        assertNotEquals(before.ssrc(), after.ssrc());
        assertTrue(after.marker());
        assertTrue(marked.marker());
        assertEquals(after.ssrc(), marked.ssrc());
        assertEquals(ControlFrame.Control.SRCCHANGE, ControlFrame.of(ControlFrame.Control.SRCCHANGE).control());
    }

    @Test
    public void framesOfAnotherFormatAreNotSent() throws IOException {
        transmitter.writeVoice(VoiceFrame.of(Format.ALAW, new byte[160]), 1_000 * MS);
        transmitter.writeVoice(frame(), 1_020 * MS);
        FarEnd.Packet p = FarEnd.Packet.of(far.receive(2000));
        assertEquals(0, p.payloadType());
        assertEquals(1, transmitter.packetsSent());
    }

    private static VoiceFrame frame() {
        return VoiceFrame.of(Format.ULAW, new byte[160]);
    }
}
