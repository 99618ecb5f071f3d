package org.asterism.itests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.asterism.itests.WavFile.Pcm;

/**
 * Tells which tones a recording holds, so a test can say "the caller heard 1000 Hz" rather than "the caller heard
 * something". The audio is cut into 100 ms windows; windows quieter than -50 dBFS are silence and ignored. In a loud
 * window, the Goertzel power (Hann window) at a frequency, as a share of the window's power, is near 1 for a pure
 * tone, 0.5 for each of two equal tones and about 3/N for white noise. A frequency is <em>heard</em> in a window
 * when, within {@value #TOLERANCE_HZ} Hz of it, its share is at least {@value #MIN_SHARE} and
 * {@value #PEAK_OVER_FLOOR} times the median share at reference frequencies 60 to 200 Hz away from it: a clear peak,
 * not leakage from a broad sound. A recording <em>contains</em> a tone heard for at least
 * {@value #MIN_SECONDS} s in all.
 */
public final class ToneAnalysis {

    static final double WINDOW_SECONDS = 0.1;
    static final double SILENCE_RMS = 0.00316; // -50 dBFS
    static final double MIN_SHARE = 0.2;
    static final double PEAK_OVER_FLOOR = 20; // 13 dB
    static final double TOLERANCE_HZ = 4;
    static final double MIN_SECONDS = 1.0;
    private static final double[] REFERENCE_OFFSETS_HZ = {60, 90, 120, 150, 200};

    /** A spectral peak averaged over the loud windows: its frequency and its mean share of their power. */
    public record Peak(double hz, double share) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f Hz (%.3f)", hz, share);
        }
    }

    private final Pcm pcm;
    private final int windowLength;
    private final double[] hann;
    /** Start offsets of the windows louder than silence, and their powers. */
    private final int[] loudWindows;
    private final double[] loudPowers;
    private final int windowCount;

    private ToneAnalysis(Pcm pcm) {
        this.pcm = pcm;
        this.windowLength = (int) Math.round(pcm.sampleRate() * WINDOW_SECONDS);
        this.hann = new double[windowLength];
        for (int i = 0; i < windowLength; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (windowLength - 1));
        }
        this.windowCount = pcm.samples().length / windowLength;
        List<Integer> loud = new ArrayList<>();
        for (int w = 0; w < windowCount; w++) {
            double energy = 0;
            for (int i = 0; i < windowLength; i++) {
                double x = pcm.samples()[w * windowLength + i];
                energy += x * x;
            }
            if (Math.sqrt(energy / windowLength) >= SILENCE_RMS) {
                loud.add(w * windowLength);
            }
        }
        this.loudWindows = loud.stream().mapToInt(Integer::intValue).toArray();
        this.loudPowers = Arrays.stream(loudWindows).mapToDouble(this::windowPower).toArray();
    }

    public static ToneAnalysis of(Pcm pcm) {
        return new ToneAnalysis(pcm);
    }

    /** Seconds of audio analysed (whole windows). */
    public double seconds() {
        return windowCount * WINDOW_SECONDS;
    }

    /** Seconds louder than silence. */
    public double loudSeconds() {
        return loudWindows.length * WINDOW_SECONDS;
    }

    /** How long {@code hz} is heard as a clear peak. */
    public double secondsOf(double hz) {
        int heard = 0;
        for (int w = 0; w < loudWindows.length; w++) {
            if (heardIn(w, hz)) {
                heard++;
            }
        }
        return heard * WINDOW_SECONDS;
    }

    /** True when {@code hz} is heard for at least {@value #MIN_SECONDS} s. */
    public boolean contains(double hz) {
        return secondsOf(hz) >= MIN_SECONDS;
    }

    /** Mean share of {@code hz} (within the tolerance) over the loud windows; 0 when all is silence. */
    public double meanShare(double hz) {
        double sum = 0;
        for (int w = 0; w < loudWindows.length; w++) {
            sum += shareNear(w, hz);
        }
        return loudWindows.length == 0 ? 0 : sum / loudWindows.length;
    }

    /**
     * The candidate the recording is mostly made of: one that it contains and whose mean share is at least twice
     * every other candidate's; empty when none stands out so (silence, noise, an even mix).
     */
    public OptionalDouble dominant(double... candidates) {
        double best = Double.NaN;
        double bestShare = -1;
        double runnerUp = 0;
        for (double hz : candidates) {
            double share = meanShare(hz);
            if (share > bestShare) {
                runnerUp = Math.max(runnerUp, bestShare);
                bestShare = share;
                best = hz;
            } else {
                runnerUp = Math.max(runnerUp, share);
            }
        }
        return !Double.isNaN(best) && contains(best) && bestShare >= 2 * runnerUp ? OptionalDouble.of(best) : OptionalDouble.empty();
    }

    /**
     * The strongest spectral peaks, 50 Hz up to the lesser of 4 kHz and Nyquist in 10 Hz steps, averaged over the
     * loud windows: for failure messages.
     */
    public List<Peak> peaks(int count) {
        if (loudWindows.length == 0) {
            return List.of();
        }
        double top = Math.min(4000, pcm.sampleRate() / 2.0 - 50);
        int bins = (int) ((top - 50) / 10) + 1;
        double[] share = new double[bins];
        for (int w = 0; w < loudWindows.length; w++) {
            for (int b = 0; b < bins; b++) {
                share[b] += goertzel(loudWindows[w], 50 + 10 * b) / loudPowers[w];
            }
        }
        List<Peak> peaks = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            boolean localMax = (b == 0 || share[b] >= share[b - 1]) && (b == bins - 1 || share[b] > share[b + 1]);
            if (localMax) {
                peaks.add(new Peak(50 + 10 * b, share[b] / loudWindows.length));
            }
        }
        peaks.sort(Comparator.comparingDouble(Peak::share).reversed());
        return peaks.subList(0, Math.min(count, peaks.size()));
    }

    /** One line for a failure message: length, loudness, each candidate's time and share, the top peaks. */
    public String describe(double... candidates) {
        String tones = Arrays.stream(candidates)
            .mapToObj(hz -> String.format(Locale.ROOT, "%.0f Hz heard %.1f s (mean share %.3f)", hz, secondsOf(hz), meanShare(hz)))
            .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%.1f s at %d Hz, %.1f s louder than -50 dBFS; %s; peaks %s",
            seconds(), pcm.sampleRate(), loudSeconds(), tones, peaks(5));
    }

    /** Whether {@code hz} is a clear peak in loud window {@code w}. */
    private boolean heardIn(int w, double hz) {
        double share = shareNear(w, hz);
        if (share < MIN_SHARE) {
            return false;
        }
        double nyquist = pcm.sampleRate() / 2.0;
        List<Double> references = new ArrayList<>();
        for (double offset : REFERENCE_OFFSETS_HZ) {
            for (double reference : new double[] {hz - offset, hz + offset}) {
                if (reference >= 20 && reference <= nyquist - 20) {
                    references.add(goertzel(loudWindows[w], reference) / loudPowers[w]);
                }
            }
        }
        references.sort(null);
        double floor = references.isEmpty() ? 0 : references.get(references.size() / 2);
        return share >= PEAK_OVER_FLOOR * floor;
    }

    /** The share at the best of hz - tolerance, hz, hz + tolerance: a few hertz of clock drift are allowed. */
    private double shareNear(int w, double hz) {
        double best = 0;
        for (double f : new double[] {hz - TOLERANCE_HZ, hz, hz + TOLERANCE_HZ}) {
            best = Math.max(best, goertzel(loudWindows[w], f) / loudPowers[w]);
        }
        return best;
    }

    /**
     * The power of a sine at {@code hz} estimated from the Hann-windowed samples: 2|X(f)|^2 / (sum w)^2, which is
     * A^2/2 for a sine of amplitude A at exactly hz.
     */
    private double goertzel(int start, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / pcm.sampleRate());
        double previous = 0;
        double beforePrevious = 0;
        double[] x = pcm.samples();
        for (int i = 0; i < windowLength; i++) {
            double current = hann[i] * x[start + i] + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        double magnitude2 = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        double gain = windowLength / 2.0; // sum of the Hann window
        return 2 * magnitude2 / (gain * gain);
    }

    /** The window's mean power, corrected for the Hann window: A^2/2 for a sine of amplitude A. */
    private double windowPower(int start) {
        double sum = 0;
        double weights = 0;
        double[] x = pcm.samples();
        for (int i = 0; i < windowLength; i++) {
            double y = hann[i] * x[start + i];
            sum += y * y;
            weights += hann[i] * hann[i];
        }
        return sum / weights;
    }
}
