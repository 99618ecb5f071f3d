package org.asterism.codec.ulaw.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.TreeSet;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.junit.Test;

public class UlawCodecTest {

    private final UlawCodec codec = new UlawCodec();

    @Test
    public void knownCodePoints() {
        assertEquals(0, MuLaw.decode((byte) 0xFF));
        assertEquals(0, MuLaw.decode((byte) 0x7F));
        assertEquals(-32124, MuLaw.decode((byte) 0x00));
        assertEquals(32124, MuLaw.decode((byte) 0x80));
        assertEquals(8, MuLaw.decode((byte) 0xFE));
        assertEquals((byte) 0xFF, MuLaw.encode((short) 0));
        assertEquals((byte) 0x80, MuLaw.encode(Short.MAX_VALUE));
        assertEquals((byte) 0x00, MuLaw.encode(Short.MIN_VALUE));
    }

    @Test
    public void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            int expected = code == 0x7F ? 0xFF : code; // negative zero comes back as positive zero
            assertEquals("code " + code, (byte) expected, MuLaw.encode(MuLaw.decode((byte) code)));
        }
    }

    @Test
    public void everySampleComesBackWithinTheQuantisationStep() {
        TreeSet<Integer> levels = new TreeSet<>();
        for (int code = 0; code < 256; code++) {
            levels.add((int) MuLaw.decode((byte) code));
        }
        for (int sample = levels.higher(levels.first()); sample < levels.lower(levels.last()); sample++) {
            int decoded = MuLaw.decode(MuLaw.encode((short) sample));
            int below = levels.floor(sample);
            int above = levels.ceiling(sample);
            // one of the two levels around it, no further than half its step (the wider of the steps either side of
            // it, where segments meet), give or take the 2 bits G.711's 14-bit input drops
            int step = Math.max(decoded - levels.lower(decoded), levels.higher(decoded) - decoded);
            assertTrue(sample + " -> " + decoded, decoded == below || decoded == above);
            assertTrue(sample + " -> " + decoded, Math.abs(sample - decoded) <= step / 2 + 4);
        }
    }

    @Test
    public void framesGoBothWaysInBigEndianSlin() {
        byte[] linear = {0x00, 0x00, 0x7F, (byte) 0xFF, (byte) 0x80, 0x00, 0x00, 0x08};
        VoiceFrame coded = codec.newEncoder().translate(VoiceFrame.of(Format.SLIN, linear));
        assertEquals(Format.ULAW, coded.format());
        assertEquals(4, coded.samples());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0x80, 0x00, (byte) 0xFE}, coded.payload());
        VoiceFrame decoded = codec.newDecoder().translate(coded);
        assertEquals(Format.SLIN, decoded.format());
        assertEquals(4, decoded.samples());
        assertArrayEquals(new byte[] {0x00, 0x00, 0x7D, (byte) 0x7C, (byte) 0x82, (byte) 0x84, 0x00, 0x08},
                decoded.payload());
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesTheWrongInput() {
        codec.newEncoder().translate(VoiceFrame.of(Format.ALAW, new byte[160]));
    }
}
