package org.asterism.codec.ulaw.internal;

/**
 * ITU-T G.711 µ-law, table-driven: 256 decoded levels and an encoding for every 16-bit sample, both computed once
 * from the law (eight segments of sixteen steps, bias 33 on the 14-bit magnitude, all bits inverted).
 */
final class MuLaw {

    /** Largest 14-bit magnitude the law encodes before it clips: with the bias 33 it fills segment 7 (0x1FFF). */
    private static final int CLIP = 8158;
    private static final int BIAS = 33;

    private static final short[] DECODE = new short[256];
    private static final byte[] ENCODE = new byte[65536];

    static {
        for (int code = 0; code < 256; code++) {
            DECODE[code] = decodeByLaw(code);
        }
        for (int sample = -32768; sample <= 32767; sample++) {
            ENCODE[sample & 0xFFFF] = encodeByLaw(sample);
        }
    }

    private MuLaw() {
    }

    static short decode(byte code) {
        return DECODE[code & 0xFF];
    }

    static byte encode(short sample) {
        return ENCODE[sample & 0xFFFF];
    }

    private static short decodeByLaw(int code) {
        int inverted = ~code & 0xFF;
        int segment = (inverted >> 4) & 0x07;
        // (mantissa * 2 + 33) << segment, less the bias, in 14 bits; times 4 for 16 bits
        int magnitude = ((((inverted & 0x0F) << 1) + BIAS) << segment) - BIAS;
        return (short) ((inverted & 0x80) != 0 ? -(magnitude << 2) : magnitude << 2);
    }

    private static byte encodeByLaw(int sample) {
        int mask = sample < 0 ? 0x7F : 0xFF;
        int magnitude = Math.min((sample < 0 ? -sample : sample) >> 2, CLIP) + BIAS;
        // the segment is where the biased magnitude's top bit sits, from bit 5 (segment 0) to bit 12 (segment 7)
        int segment = 31 - Integer.numberOfLeadingZeros(magnitude) - 5;
        int mantissa = (magnitude >> (segment + 1)) & 0x0F;
        return (byte) (((segment << 4) | mantissa) ^ mask);
    }
}
