package org.asterism.media.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The two tones of a DTMF digit as 8 kHz signed linear ({@link Format#SLIN}) frames, for {@code dtmf_mode=inband}:
 * the row tone (697, 770, 852, 941 Hz) plus the column tone (1209, 1336, 1477, 1633 Hz). The phase carries on from
 * frame to frame, so a digit may be generated in pieces for as long as the key is held. One per digit being played;
 * not thread-safe.
 */
public final class DtmfToneGenerator {

    /** Amplitude of each of the two tones: Asterisk's playtones default volume (about -10 dBm0 each). */
    public static final int DEFAULT_AMPLITUDE = 7219;

    private static final int SAMPLE_RATE = 8000;
    private static final double[] ROWS = {697.0, 770.0, 852.0, 941.0};
    private static final double[] COLUMNS = {1209.0, 1336.0, 1477.0, 1633.0};
    /** Keypad layout, row by row, as main/dsp.c's dtmf_positions. */
    private static final String KEYPAD = "123A456B789C*0#D";

    private final char digit;
    private final int amplitude;
    private final double rowStep;
    private final double columnStep;
    private long position;

    /** A generator of {@code digit} at {@link #DEFAULT_AMPLITUDE}. */
    public DtmfToneGenerator(char digit) {
        this(digit, DEFAULT_AMPLITUDE);
    }

    /**
     * @param digit 0-9, *, #, A-D (either case)
     * @param amplitude peak of each tone, 1 to 16383 (the sum of both must fit 16 bits)
     */
    public DtmfToneGenerator(char digit, int amplitude) {
        char upper = Character.toUpperCase(digit);
        int key = KEYPAD.indexOf(upper);
        if (key < 0) {
            throw new IllegalArgumentException("not a DTMF digit: '" + digit + "'");
        }
        if (amplitude < 1 || amplitude > 16383) {
            throw new IllegalArgumentException("amplitude out of range: " + amplitude);
        }
        this.digit = upper;
        this.amplitude = amplitude;
        this.rowStep = 2 * Math.PI * ROWS[key / 4] / SAMPLE_RATE;
        this.columnStep = 2 * Math.PI * COLUMNS[key % 4] / SAMPLE_RATE;
    }

    /** The digit it plays, upper case. */
    public char digit() {
        return digit;
    }

    /** The next {@code samples} samples of the tone pair. */
    public VoiceFrame next(int samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("negative sample count: " + samples);
        }
        byte[] payload = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            long n = position + i;
            int value = (int) Math.round(amplitude * (Math.sin(rowStep * n) + Math.sin(columnStep * n)));
            payload[2 * i] = (byte) (value >> 8);
            payload[2 * i + 1] = (byte) value;
        }
        position += samples;
        return new VoiceFrame(Format.SLIN, payload, samples);
    }

    /** A whole digit of {@code durationMillis} as 20 ms frames (the last one shorter when it does not divide). */
    public static List<VoiceFrame> tone(char digit, int durationMillis) {
        DtmfToneGenerator generator = new DtmfToneGenerator(digit);
        int remaining = durationMillis * SAMPLE_RATE / 1000;
        List<VoiceFrame> frames = new ArrayList<>();
        while (remaining > 0) {
            int samples = Math.min(remaining, SAMPLE_RATE / 50);
            frames.add(generator.next(samples));
            remaining -= samples;
        }
        return List.copyOf(frames);
    }
}
