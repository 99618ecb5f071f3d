package org.asterism.pbx.internal.media;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.junit.Test;

public class ResamplerTest {

    /** RMS of a tone pushed through in 20 ms frames, skipping the first frames while the filter fills. */
    private static double[] run(Resampler resampler, Format from, int frequency, int frames) {
        int rate = from.sampleRate();
        int perFrame = rate / 50;
        double inSum = 0;
        double outSum = 0;
        int outCount = 0;
        int inCount = 0;
        for (int f = 0; f < frames; f++) {
            byte[] payload = new byte[perFrame * 2];
            for (int i = 0; i < perFrame; i++) {
                int n = f * perFrame + i;
                int sample = (int) Math.round(8000 * Math.sin(2 * Math.PI * frequency * n / rate));
                payload[2 * i] = (byte) (sample >> 8);
                payload[2 * i + 1] = (byte) sample;
                if (f >= 2) {
                    inSum += (double) sample * sample;
                    inCount++;
                }
            }
            VoiceFrame out = resampler.translate(new VoiceFrame(from, payload, perFrame));
            byte[] bytes = out.payload();
            assertEquals(bytes.length / 2, out.samples());
            if (f >= 2) {
                for (int i = 0; i < bytes.length / 2; i++) {
                    int sample = (short) ((bytes[2 * i] << 8) | (bytes[2 * i + 1] & 0xff));
                    outSum += (double) sample * sample;
                    outCount++;
                }
            }
        }
        return new double[] { Math.sqrt(inSum / inCount), Math.sqrt(outSum / outCount) };
    }

    @Test
    public void upsamplingDoublesTheSamplesAndKeepsAVoiceBandTone() {
        Resampler up = Resampler.up();
        VoiceFrame out = up.translate(new VoiceFrame(Format.SLIN, new byte[320], 160));
        assertEquals(Format.SLIN16, out.format());
        assertEquals(320, out.samples());

        double[] rms = run(Resampler.up(), Format.SLIN, 1000, 20);
        assertEquals(1.0, rms[1] / rms[0], 0.1);
    }

    @Test
    public void downsamplingKeepsAVoiceBandToneAndFiltersWhatWouldAlias() {
        double[] voice = run(Resampler.down(), Format.SLIN16, 1000, 20);
        assertEquals(1.0, voice[1] / voice[0], 0.1);

        // 6 kHz cannot exist at 8 kHz: dropping samples would fold it to a full-strength 2 kHz tone
        double[] high = run(Resampler.down(), Format.SLIN16, 6000, 20);
        assertTrue("6 kHz leaked through at " + high[1] / high[0], high[1] / high[0] < 0.05);
    }
}
