package org.asterism.codec.alaw.internal;

/**
 * ITU-T G.711 A-law, table-driven: 256 decoded levels and an encoding for every 16-bit sample, both computed once
 * from the law (13-bit magnitude, eight segments of sixteen steps, even bits inverted by 0x55).
 */
final class ALaw {

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

    private ALaw() {
    }

    static short decode(byte code) {
        return DECODE[code & 0xFF];
    }

    static byte encode(short sample) {
        return ENCODE[sample & 0xFFFF];
    }

    private static short decodeByLaw(int code) {
        int toggled = code ^ 0x55;
        int segment = (toggled >> 4) & 0x07;
        // the middle of the step, in 13 bits times 8 (16 bits): segment 0 and 1 share one step size
        int magnitude = ((toggled & 0x0F) << 4) + 8;
        if (segment > 0) {
            magnitude = (magnitude + 0x100) << (segment - 1);
        }
        return (short) ((toggled & 0x80) != 0 ? magnitude : -magnitude);
    }

    private static byte encodeByLaw(int sample) {
        int value = sample >> 3;
        int mask = 0xD5;
        if (value < 0) {
            // one's complement keeps the two halves mirror images (there is no zero level)
            value = -value - 1;
            mask = 0x55;
        }
        value = Math.min(value, 0xFFF);
        int segment = Math.max(0, 31 - Integer.numberOfLeadingZeros(value) - 4);
        int mantissa = segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (byte) (((segment << 4) | mantissa) ^ mask);
    }
}
