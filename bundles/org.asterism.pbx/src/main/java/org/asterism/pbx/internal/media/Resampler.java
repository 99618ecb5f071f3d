package org.asterism.pbx.internal.media;

import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;

/**
 * Signed linear between 8 and 16 kHz for one stream: a windowed-sinc low-pass (48 taps, Blackman, cut at 3.6 kHz)
 * before dropping every other sample, or after putting a zero between samples, so that neither direction folds
 * energy above 4 kHz back into the band. The filter's history carries across frames, so frame edges do not click.
 */
public final class Resampler implements Transcoder {

    private static final int TAPS = 48;
    private static final double[] KERNEL = kernel(3600.0 / 16000.0);

    private final Format to;
    private final boolean up;
    /** Twice the filter length: each sample is written at i and i + TAPS, so a window is always contiguous. */
    private final double[] history = new double[2 * TAPS];
    private int position;
    private boolean oddInput;

    private Resampler(Format to, boolean up) {
        this.to = to;
        this.up = up;
    }

    /** slin → slin16. */
    public static Resampler up() {
        return new Resampler(Format.SLIN16, true);
    }

    /** slin16 → slin. */
    public static Resampler down() {
        return new Resampler(Format.SLIN, false);
    }

    @Override
    public VoiceFrame translate(VoiceFrame frame) {
        byte[] in = frame.payload();
        int samples = in.length / 2;
        return up ? upsample(in, samples) : downsample(in, samples);
    }

    private VoiceFrame upsample(byte[] in, int samples) {
        byte[] out = new byte[samples * 4];
        int o = 0;
        for (int i = 0; i < samples; i++) {
            push(sample(in, i));
            o = put(out, o, 2 * filter()); // the zero between samples halves the energy: gain 2
            push(0);
            o = put(out, o, 2 * filter());
        }
        return new VoiceFrame(to, out, samples * 2);
    }

    private VoiceFrame downsample(byte[] in, int samples) {
        byte[] out = new byte[(samples + 1) / 2 * 2];
        int o = 0;
        for (int i = 0; i < samples; i++) {
            push(sample(in, i));
            if (!oddInput) {
                o = put(out, o, filter());
            }
            oddInput = !oddInput;
        }
        if (o != out.length) {
            byte[] trimmed = new byte[o];
            System.arraycopy(out, 0, trimmed, 0, o);
            out = trimmed;
        }
        return new VoiceFrame(to, out, o / 2);
    }

    private void push(double value) {
        position = position == TAPS - 1 ? 0 : position + 1;
        history[position] = value;
        history[position + TAPS] = value;
    }

    private double filter() {
        double sum = 0;
        int newest = position + TAPS;
        for (int j = 0; j < TAPS; j++) {
            sum += KERNEL[j] * history[newest - j];
        }
        return sum;
    }

    private static int sample(byte[] in, int i) {
        return (short) ((in[2 * i] << 8) | (in[2 * i + 1] & 0xff));
    }

    private static int put(byte[] out, int o, double value) {
        long rounded = Math.round(value);
        int clipped = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
        out[o] = (byte) (clipped >> 8);
        out[o + 1] = (byte) clipped;
        return o + 2;
    }

    /** Windowed sinc, cut-off {@code fc} as a fraction of the 16 kHz rate, normalised to unity gain at DC. */
    private static double[] kernel(double fc) {
        double[] h = new double[TAPS];
        double centre = (TAPS - 1) / 2.0;
        double sum = 0;
        for (int n = 0; n < TAPS; n++) {
            double x = n - centre;
            double sinc = x == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * x) / (Math.PI * x);
            double window = 0.42 - 0.5 * Math.cos(2 * Math.PI * n / (TAPS - 1)) + 0.08 * Math.cos(4 * Math.PI * n / (TAPS - 1));
            h[n] = sinc * window;
            sum += h[n];
        }
        for (int n = 0; n < TAPS; n++) {
            h[n] /= sum;
        }
        return h;
    }
}
