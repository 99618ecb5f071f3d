package org.asterism.codec.alaw.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.TreeSet;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.junit.Test;

public class AlawCodecTest {

    private final AlawCodec codec = new AlawCodec();

    @Test
    public void knownCodePoints() {
        assertEquals(8, ALaw.decode((byte) 0xD5));
        assertEquals(-8, ALaw.decode((byte) 0x55));
        assertEquals(32256, ALaw.decode((byte) 0xAA));
        assertEquals(-32256, ALaw.decode((byte) 0x2A));
        assertEquals((byte) 0xD5, ALaw.encode((short) 0));
        assertEquals((byte) 0x55, ALaw.encode((short) -1));
        assertEquals((byte) 0xAA, ALaw.encode(Short.MAX_VALUE));
        assertEquals((byte) 0x2A, ALaw.encode(Short.MIN_VALUE));
    }

    @Test
    public void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            assertEquals("code " + code, (byte) code, ALaw.encode(ALaw.decode((byte) code)));
        }
    }

    @Test
    public void everySampleComesBackWithinTheQuantisationStep() {
        TreeSet<Integer> levels = new TreeSet<>();
        for (int code = 0; code < 256; code++) {
            levels.add((int) ALaw.decode((byte) code));
        }
        for (int sample = levels.higher(levels.first()); sample < levels.lower(levels.last()); sample++) {
            int decoded = ALaw.decode(ALaw.encode((short) sample));
            int below = levels.floor(sample);
            int above = levels.ceiling(sample);
            // one of the two levels around it, no further than half its step (the wider of the steps either side of
            // it, where segments meet), give or take the 3 bits G.711's 13-bit input drops
            int step = Math.max(decoded - levels.lower(decoded), levels.higher(decoded) - decoded);
            assertTrue(sample + " -> " + decoded, decoded == below || decoded == above);
            assertTrue(sample + " -> " + decoded, Math.abs(sample - decoded) <= step / 2 + 8);
        }
    }

    @Test
    public void framesGoBothWaysInBigEndianSlin() {
        byte[] linear = {0x00, 0x00, 0x7F, (byte) 0xFF, (byte) 0x80, 0x00, 0x00, 0x08};
        VoiceFrame coded = codec.newEncoder().translate(VoiceFrame.of(Format.SLIN, linear));
        assertEquals(Format.ALAW, coded.format());
        assertEquals(4, coded.samples());
        assertArrayEquals(new byte[] {(byte) 0xD5, (byte) 0xAA, 0x2A, (byte) 0xD5}, coded.payload());
        VoiceFrame decoded = codec.newDecoder().translate(coded);
        assertEquals(Format.SLIN, decoded.format());
        assertArrayEquals(new byte[] {0x00, 0x08, 0x7E, 0x00, (byte) 0x82, 0x00, 0x00, 0x08}, decoded.payload());
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesTheWrongInput() {
        codec.newDecoder().translate(VoiceFrame.of(Format.SLIN, new byte[320]));
    }
}
