package org.asterism.media.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class DtmfToneGeneratorTest {

    @Test
    public void toneIsCutInto20msFramesOfSlin() {
        List<VoiceFrame> frames = DtmfToneGenerator.tone('#', 130);
        assertEquals(7, frames.size());
        assertEquals(Format.SLIN, frames.get(0).format());
        assertEquals(160, frames.get(0).samples());
        assertEquals(80, frames.get(6).samples());
    }

    @Test
    public void holdsTheRowAndColumnFrequencies() {
        // '9' is 852 Hz + 1477 Hz: correlate with each over 1 s; the other DTMF tones stay far below
        VoiceFrame second = new DtmfToneGenerator('9').next(8000);
        double row = magnitude(second, 852);
        double column = magnitude(second, 1477);
        for (double other : new double[] {697, 770, 941, 1209, 1336, 1633}) {
            assertTrue(magnitude(second, other) * 100 < row);
        }
        assertTrue(Math.abs(row - column) < row * 0.01);
    }

    @Test
    public void phaseCarriesOnAcrossFrames() {
        DtmfToneGenerator pieces = new DtmfToneGenerator('1');
        byte[] whole = new DtmfToneGenerator('1').next(320).payload();
        byte[] first = pieces.next(160).payload();
        byte[] second = pieces.next(160).payload();
        for (int i = 0; i < 320; i++) {
            assertEquals(whole[i], first[i]);
            assertEquals(whole[320 + i], second[i]);
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsWhatIsNoDigit() {
        new DtmfToneGenerator('E');
    }

    private static double magnitude(VoiceFrame frame, double frequency) {
        double re = 0;
        double im = 0;
        byte[] p = frame.payload();
        for (int n = 0; n < frame.samples(); n++) {
            double sample = (short) ((p[2 * n] << 8) | (p[2 * n + 1] & 0xFF));
            re += sample * Math.cos(2 * Math.PI * frequency * n / 8000);
            im += sample * Math.sin(2 * Math.PI * frequency * n / 8000);
        }
        return Math.hypot(re, im);
    }
}
