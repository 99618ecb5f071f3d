package org.asterism.codec.g722.internal;

import static org.asterism.codec.g722.internal.G722Tables.QM2;
import static org.asterism.codec.g722.internal.G722Tables.QM4;
import static org.asterism.codec.g722.internal.G722Tables.QM6;
import static org.asterism.codec.g722.internal.G722Tables.QMF;
import static org.asterism.codec.g722.internal.G722Tables.saturate;

import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;

/**
 * G.722 decoder, 64 kbit/s mode: each octet gives a lower sub-band sample (6-bit inverse quantizer, the predictor
 * adapting on the 4-bit core as the encoder's did) and a higher one (2-bit); the receive QMF turns the pair back into
 * two 16 kHz samples.
 */
final class G722Decoder implements Transcoder {

    /** Recent sums (rL + rH) and differences (rL - rH), newest last. */
    private final int[] sums = new int[12];
    private final int[] differences = new int[12];
    private final SubBand lower = SubBand.lower();
    private final SubBand higher = SubBand.higher();
    private final int[] pair = new int[2];

    @Override
    public VoiceFrame translate(VoiceFrame frame) {
        if (!Format.G722.equals(frame.format())) {
            throw new IllegalArgumentException("codec_g722 decodes g722, not " + frame.format().name());
        }
        byte[] coded = frame.payload();
        byte[] out = new byte[coded.length * 4];
        for (int i = 0; i < coded.length; i++) {
            decode(coded[i] & 0xFF, pair);
            out[4 * i] = (byte) (pair[0] >> 8);
            out[4 * i + 1] = (byte) pair[0];
            out[4 * i + 2] = (byte) (pair[1] >> 8);
            out[4 * i + 3] = (byte) pair[1];
        }
        return new VoiceFrame(Format.SLIN16, out, coded.length * 2);
    }

    void decode(int octet, int[] pair) {
        int low = decodeLower(octet & 0x3F);
        int high = decodeHigher(octet >> 6);

        System.arraycopy(sums, 1, sums, 0, 11);
        System.arraycopy(differences, 1, differences, 0, 11);
        sums[11] = low + high;
        differences[11] = low - high;
        // Receive QMF: the first output takes the even taps over the differences, the second the odd taps over the sums
        int first = 0;
        int second = 0;
        for (int i = 0; i < 12; i++) {
            first += QMF[2 * i] * differences[11 - i];
            second += QMF[2 * i + 1] * sums[11 - i];
        }
        pair[0] = saturate(first >> 11);
        pair[1] = saturate(second >> 11);
    }

    /** Blocks 5L, 6L and the predictor's update on the 4-bit core. */
    private int decodeLower(int code) {
        int scale = lower.scale();
        int reconstructed = lower.estimate() + ((scale * QM6[code]) >> 15);
        reconstructed = Math.max(-16384, Math.min(16383, reconstructed));
        int code4 = code >> 2;
        int d = (scale * QM4[code4]) >> 15;
        lower.adaptLower(code4);
        lower.predict(d);
        return reconstructed;
    }

    /** Blocks 2H, 5H, 6H. */
    private int decodeHigher(int code) {
        int d = (higher.scale() * QM2[code]) >> 15;
        int reconstructed = Math.max(-16384, Math.min(16383, d + higher.estimate()));
        higher.adaptHigher(code);
        higher.predict(d);
        return reconstructed;
    }
}
