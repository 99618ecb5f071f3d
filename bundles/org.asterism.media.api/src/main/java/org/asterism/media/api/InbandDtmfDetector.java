package org.asterism.media.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds DTMF digits in 8 kHz signed linear audio ({@link Format#SLIN}), for {@code dtmf_mode=inband}, the way
 * Asterisk's {@code main/dsp.c} does: Goertzel filters on the eight DTMF frequencies over blocks of 102 samples
 * (12.75 ms); a block is a hit for a digit when its best row and column tones pass the level threshold, the twist
 * limits (8 dB normal, 4 dB reverse), stand 8 dB above the other rows and columns and carry most of the block's
 * energy. Two hits in a row begin a digit, three misses end it.
 * <p>
 * Keeps state from frame to frame (a tone may straddle frames): one detector per stream, used from one thread at a
 * time.
 */
public final class InbandDtmfDetector {

    private static final int SAMPLE_RATE = 8000;
    /** Goertzel block: 102 samples meets the DTMF timing specs at 8 kHz (dsp.c's DTMF_GSIZE). */
    private static final int BLOCK = 102;
    private static final double THRESHOLD = 8.0e7;
    private static final double NORMAL_TWIST = 6.31;
    private static final double REVERSE_TWIST = 2.51;
    private static final double RELATIVE_PEAK = 6.3;
    private static final double TO_TOTAL_ENERGY = 42.0;
    private static final int HITS_TO_BEGIN = 2;
    private static final int MISSES_TO_END = 3;
    private static final double[] ROWS = {697.0, 770.0, 852.0, 941.0};
    private static final double[] COLUMNS = {1209.0, 1336.0, 1477.0, 1633.0};
    private static final String KEYPAD = "123A456B789C*0#D";
    private static final char NONE = 0;

    private final double[] rowCoefficients = coefficients(ROWS);
    private final double[] columnCoefficients = coefficients(COLUMNS);
    private final double[] rowS1 = new double[4];
    private final double[] rowS2 = new double[4];
    private final double[] columnS1 = new double[4];
    private final double[] columnS2 = new double[4];
    private final double[] rowEnergy = new double[4];
    private final double[] columnEnergy = new double[4];
    private double energy;
    private int blockSamples;

    private char lastHit = NONE;
    private int hits;
    private char currentDigit = NONE;
    private int misses;
    private int digitSamples;

    public InbandDtmfDetector() {
    }

    /**
     * Feeds a frame of {@link Format#SLIN} audio.
     *
     * @return the DTMF BEGIN and END frames the audio completed, in order (END carries the digit's duration); usually
     *         empty
     * @throws IllegalArgumentException when the frame is not 8 kHz signed linear
     */
    public List<DtmfFrame> process(VoiceFrame frame) {
        if (!Format.SLIN.equals(frame.format())) {
            throw new IllegalArgumentException("inband DTMF detection needs slin, not " + frame.format().name());
        }
        byte[] payload = frame.payload();
        List<DtmfFrame> found = List.of();
        for (int i = 0; i + 1 < payload.length; i += 2) {
            double sample = (short) ((payload[i] << 8) | (payload[i + 1] & 0xFF));
            energy += sample * sample;
            for (int k = 0; k < 4; k++) {
                double row = sample + rowCoefficients[k] * rowS1[k] - rowS2[k];
                rowS2[k] = rowS1[k];
                rowS1[k] = row;
                double column = sample + columnCoefficients[k] * columnS1[k] - columnS2[k];
                columnS2[k] = columnS1[k];
                columnS1[k] = column;
            }
            if (++blockSamples == BLOCK) {
                found = endOfBlock(found);
            }
        }
        return found;
    }

    /** Judges the block just completed and moves the hit/miss debouncing on; resets the filters. */
    private List<DtmfFrame> endOfBlock(List<DtmfFrame> found) {
        char hit = blockHit();
        List<DtmfFrame> events = found;
        if (currentDigit != NONE) {
            if (hit != currentDigit) {
                if (++misses == MISSES_TO_END) {
                    events = add(events, DtmfFrame.end(currentDigit, digitSamples * 1000 / SAMPLE_RATE));
                    currentDigit = NONE;
                }
            } else {
                misses = 0;
                digitSamples += BLOCK;
            }
        }
        if (hit != lastHit) {
            lastHit = hit;
            hits = 0;
        }
        if (hit != NONE && hit != currentDigit && ++hits == HITS_TO_BEGIN) {
            // A new digit may begin before the last one has had its misses (dsp.c looks for starts regardless)
            if (currentDigit != NONE) {
                events = add(events, DtmfFrame.end(currentDigit, digitSamples * 1000 / SAMPLE_RATE));
            }
            currentDigit = hit;
            misses = 0;
            digitSamples = HITS_TO_BEGIN * BLOCK;
            events = add(events, DtmfFrame.begin(hit));
        }
        Arrays.fill(rowS1, 0);
        Arrays.fill(rowS2, 0);
        Arrays.fill(columnS1, 0);
        Arrays.fill(columnS2, 0);
        energy = 0;
        blockSamples = 0;
        return events;
    }

    /** The digit this block holds, or NONE. */
    private char blockHit() {
        int bestRow = 0;
        int bestColumn = 0;
        for (int k = 0; k < 4; k++) {
            rowEnergy[k] = power(rowS1[k], rowS2[k], rowCoefficients[k]);
            columnEnergy[k] = power(columnS1[k], columnS2[k], columnCoefficients[k]);
            if (rowEnergy[k] > rowEnergy[bestRow]) {
                bestRow = k;
            }
            if (columnEnergy[k] > columnEnergy[bestColumn]) {
                bestColumn = k;
            }
        }
        double row = rowEnergy[bestRow];
        double column = columnEnergy[bestColumn];
        if (row < THRESHOLD || column < THRESHOLD || column >= row * REVERSE_TWIST || row >= column * NORMAL_TWIST) {
            return NONE;
        }
        for (int k = 0; k < 4; k++) {
            if ((k != bestColumn && columnEnergy[k] * RELATIVE_PEAK > column)
                    || (k != bestRow && rowEnergy[k] * RELATIVE_PEAK > row)) {
                return NONE;
            }
        }
        if (row + column <= TO_TOTAL_ENERGY * energy) {
            return NONE;
        }
        return KEYPAD.charAt(bestRow * 4 + bestColumn);
    }

    private static double power(double s1, double s2, double coefficient) {
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }

    private static double[] coefficients(double[] frequencies) {
        double[] coefficients = new double[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            coefficients[i] = 2 * Math.cos(2 * Math.PI * frequencies[i] / SAMPLE_RATE);
        }
        return coefficients;
    }

    private static List<DtmfFrame> add(List<DtmfFrame> events, DtmfFrame frame) {
        List<DtmfFrame> more = events.isEmpty() ? new ArrayList<>(2) : events;
        more.add(frame);
        return more;
    }
}
