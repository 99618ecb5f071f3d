package org.asterism.codec.g722.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;
import org.junit.Test;

public class G722CodecTest {

    private static final int RATE = 16000;

    private final G722Codec codec = new G722Codec();

    @Test
    public void describesG722OverSlin16() {
        assertEquals(Format.G722, codec.format());
        assertEquals(Format.SLIN16, codec.linear());
    }

    @Test
    public void aSineComesBackAsTheSameSineWithGoodSnr() {
        double[] input = sine(1000, 10000, RATE); // one second
        double[] output = roundTrip(input, 320);

        // the QMF pair delays the signal by a few tens of samples: find the lag that matches best
        int lag = bestLag(input, output, 64);
        assertTrue("lag " + lag, lag > 0 && lag < 64);

        // after 100 ms for the adaptive quantizers to settle
        double signal = 0;
        double noise = 0;
        for (int n = RATE / 10; n < input.length - lag; n++) {
            double error = output[n + lag] - input[n];
            signal += input[n] * input[n];
            noise += error * error;
        }
        double snr = 10 * Math.log10(signal / noise);
        assertTrue("SNR " + snr + " dB", snr > 30);
        assertEquals(1000.0, dominantFrequency(output, RATE / 10), 5.0);
    }

    @Test
    public void aHighToneStaysInTheHigherBand() {
        double[] input = sine(5000, 6000, RATE);
        double[] output = roundTrip(input, 320);
        assertEquals(5000.0, dominantFrequency(output, RATE / 10), 5.0);
    }

    @Test
    public void framesOf20msBecome160Octets() {
        Transcoder encoder = codec.newEncoder();
        VoiceFrame coded = encoder.translate(frame(new double[320], 0, 320));
        assertEquals(Format.G722, coded.format());
        assertEquals(160, coded.payload().length);
        assertEquals(320, coded.samples());
        assertEquals(20, coded.durationMillis());
        VoiceFrame decoded = codec.newDecoder().translate(coded);
        assertEquals(Format.SLIN16, decoded.format());
        assertEquals(640, decoded.payload().length);
        assertEquals(320, decoded.samples());
    }

    @Test
    public void oddFramesCarryTheirLastSampleOver() {
        double[] input = sine(1000, 10000, RATE);
        double[] even = roundTrip(input, 320);
        double[] odd = roundTrip(input, 161);
        int compared = 0;
        for (int n = 0; n < odd.length && n < even.length; n++, compared++) {
            assertEquals("sample " + n, even[n], odd[n], 0.0);
        }
        assertTrue(compared > 15000);
    }

    @Test
    public void silenceStaysQuiet() {
        double[] output = roundTrip(new double[RATE], 320);
        for (int n = RATE / 10; n < output.length; n++) {
            assertTrue("sample " + n + " = " + output[n], Math.abs(output[n]) < 64);
        }
    }

    private double[] roundTrip(double[] input, int frameSamples) {
        Transcoder encoder = codec.newEncoder();
        Transcoder decoder = codec.newDecoder();
        double[] output = new double[input.length];
        int written = 0;
        for (int start = 0; start < input.length; start += frameSamples) {
            int length = Math.min(frameSamples, input.length - start);
            VoiceFrame decoded = decoder.translate(encoder.translate(frame(input, start, length)));
            byte[] p = decoded.payload();
            for (int i = 0; i + 1 < p.length; i += 2) {
                output[written++] = (short) ((p[i] << 8) | (p[i + 1] & 0xFF));
            }
        }
        double[] trimmed = new double[written];
        System.arraycopy(output, 0, trimmed, 0, written);
        return trimmed;
    }

    private static VoiceFrame frame(double[] samples, int start, int length) {
        byte[] payload = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            int value = (int) Math.round(samples[start + i]);
            payload[2 * i] = (byte) (value >> 8);
            payload[2 * i + 1] = (byte) value;
        }
        return new VoiceFrame(Format.SLIN16, payload, length);
    }

    private static double[] sine(double frequency, double amplitude, int samples) {
        double[] out = new double[samples];
        for (int n = 0; n < samples; n++) {
            out[n] = amplitude * Math.sin(2 * Math.PI * frequency * n / RATE);
        }
        return out;
    }

    private static int bestLag(double[] input, double[] output, int maxLag) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag < maxLag; lag++) {
            double score = 0;
            for (int n = RATE / 10; n < RATE / 2; n++) {
                score -= Math.pow(output[n + lag] - input[n], 2);
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best;
    }

    /** The strongest frequency, 10 Hz resolution, from 100 Hz to 7.9 kHz. */
    private static double dominantFrequency(double[] samples, int from) {
        double best = 0;
        double bestPower = -1;
        for (double f = 100; f < 7900; f += 10) {
            double re = 0;
            double im = 0;
            for (int n = from; n < samples.length; n++) {
                re += samples[n] * Math.cos(2 * Math.PI * f * n / RATE);
                im += samples[n] * Math.sin(2 * Math.PI * f * n / RATE);
            }
            double power = re * re + im * im;
            if (power > bestPower) {
                bestPower = power;
                best = f;
            }
        }
        return best;
    }
}
