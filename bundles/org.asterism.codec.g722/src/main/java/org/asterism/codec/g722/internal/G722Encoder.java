package org.asterism.codec.g722.internal;

import static org.asterism.codec.g722.internal.G722Tables.ILN;
import static org.asterism.codec.g722.internal.G722Tables.ILP;
import static org.asterism.codec.g722.internal.G722Tables.IHN;
import static org.asterism.codec.g722.internal.G722Tables.IHP;
import static org.asterism.codec.g722.internal.G722Tables.Q2;
import static org.asterism.codec.g722.internal.G722Tables.Q6;
import static org.asterism.codec.g722.internal.G722Tables.QM2;
import static org.asterism.codec.g722.internal.G722Tables.QM4;
import static org.asterism.codec.g722.internal.G722Tables.QMF;
import static org.asterism.codec.g722.internal.G722Tables.saturate;

import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;

/**
 * G.722 encoder, 64 kbit/s mode: the transmit QMF splits each pair of 16 kHz samples into a lower and a higher
 * sub-band sample; the lower is coded with 6-bit ADPCM, the higher with 2-bit; one octet per pair, the higher band's
 * bits on top. 16-bit input is taken as the algorithm's 15-bit sub-band range (as Asterisk's codec_g722 does).
 */
final class G722Encoder implements Transcoder {

    /** The last 24 input samples, newest last. */
    private final int[] history = new int[24];
    private final SubBand lower = SubBand.lower();
    private final SubBand higher = SubBand.higher();
    /** A sample left over from an odd-sized frame, waiting for its pair. */
    private int pending;
    private boolean hasPending;

    @Override
    public VoiceFrame translate(VoiceFrame frame) {
        if (!Format.SLIN16.equals(frame.format())) {
            throw new IllegalArgumentException("codec_g722 encodes slin16, not " + frame.format().name());
        }
        byte[] linear = frame.payload();
        int samples = linear.length / 2;
        int total = samples + (hasPending ? 1 : 0);
        byte[] out = new byte[total / 2];
        int o = 0;
        for (int i = 0; i < samples; i++) {
            int sample = (short) ((linear[2 * i] << 8) | (linear[2 * i + 1] & 0xFF));
            if (!hasPending) {
                pending = sample;
                hasPending = true;
            } else {
                out[o++] = (byte) encodePair(pending, sample);
                hasPending = false;
            }
        }
        return new VoiceFrame(Format.G722, out, out.length * 2);
    }

    int encodePair(int first, int second) {
        System.arraycopy(history, 2, history, 0, 22);
        history[22] = first;
        history[23] = second;
        // Transmit QMF: xA takes the even taps from the newest sample back, xB the odd taps from the one before
        int xa = 0;
        int xb = 0;
        for (int i = 0; i < 12; i++) {
            xa += QMF[2 * i] * history[23 - 2 * i];
            xb += QMF[2 * i + 1] * history[22 - 2 * i];
        }
        int low = (xa + xb) >> 14;
        int high = (xa - xb) >> 14;
        return (encodeHigher(high) << 6) | encodeLower(low);
    }

    /** Blocks 1L-4L: subtract the estimate, quantize to 6 bits, adapt on the 4-bit core. */
    private int encodeLower(int low) {
        int el = saturate(low - lower.estimate());
        int magnitude = el >= 0 ? el : -(el + 1);
        int interval = 1;
        while (interval < 30 && magnitude >= (Q6[interval] * lower.scale()) >> 12) {
            interval++;
        }
        int code = el < 0 ? ILN[interval] : ILP[interval];
        int code4 = code >> 2;
        int d = (lower.scale() * QM4[code4]) >> 15;
        lower.adaptLower(code4);
        lower.predict(d);
        return code;
    }

    /** Blocks 1H-4H: subtract the estimate, quantize to 2 bits, adapt. */
    private int encodeHigher(int high) {
        int eh = saturate(high - higher.estimate());
        int magnitude = eh >= 0 ? eh : -(eh + 1);
        int interval = magnitude >= (Q2 * higher.scale()) >> 12 ? 2 : 1;
        int code = eh < 0 ? IHN[interval] : IHP[interval];
        int d = (higher.scale() * QM2[code]) >> 15;
        higher.adaptHigher(code);
        higher.predict(d);
        return code;
    }
}
