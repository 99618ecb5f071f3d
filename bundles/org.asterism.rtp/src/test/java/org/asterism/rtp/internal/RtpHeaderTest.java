package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import org.junit.Test;

public class RtpHeaderTest {

    private final RtpHeader header = new RtpHeader();

    @Test
    public void readsTheFixedHeader() {
        assertTrue(header.parse(ByteBuffer.wrap(FarEnd.rtp(96, true, 65535, -5, 0xCAFEBABE, new byte[7]))));
        assertTrue(header.marker);
        assertEquals(96, header.payloadType);
        assertEquals(65535, header.sequence);
        assertEquals(-5, header.timestamp);
        assertEquals(0xCAFEBABE, header.ssrc);
        assertEquals(12, header.payloadOffset);
        assertEquals(7, header.payloadLength);
    }

    @Test
    public void stepsOverCsrcsExtensionAndPadding() {
        byte[] packet = {(byte) 0xB1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 7,
            0, 0, 0, 9,
            0x10, 0x00, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8,
            42, 43, 0, 3};
        assertTrue(header.parse(ByteBuffer.wrap(packet)));
        assertEquals(28, header.payloadOffset);
        assertEquals(1, header.payloadLength);
    }

    @Test
    public void anEmptyPayloadIsWellFormed() {
        assertTrue(header.parse(ByteBuffer.wrap(FarEnd.rtp(0, false, 1, 1, 1, new byte[0]))));
        assertEquals(0, header.payloadLength);
    }

    @Test
    public void refusesWhatRunsPastTheEnd() {
        assertFalse(header.parse(ByteBuffer.wrap(new byte[11])));
        assertFalse(header.parse(ByteBuffer.wrap(new byte[] {(byte) 0x81, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 2})));
        assertFalse(header.parse(ByteBuffer.wrap(new byte[] {(byte) 0x90, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0})));
        assertFalse(header.parse(ByteBuffer.wrap(new byte[] {(byte) 0xC0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1})));
    }
}
