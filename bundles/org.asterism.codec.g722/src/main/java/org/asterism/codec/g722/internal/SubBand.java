package org.asterism.codec.g722.internal;

import static org.asterism.codec.g722.internal.G722Tables.ILB;
import static org.asterism.codec.g722.internal.G722Tables.RH2;
import static org.asterism.codec.g722.internal.G722Tables.RL42;
import static org.asterism.codec.g722.internal.G722Tables.WH;
import static org.asterism.codec.g722.internal.G722Tables.WL;
import static org.asterism.codec.g722.internal.G722Tables.saturate;

/**
 * The adaptive part of one ADPCM sub-band, the same in encoder and decoder so that both track each other: the
 * quantizer scale factor (LOGSCL/SCALEL, LOGSCH/SCALEH) and the two-pole, six-zero adaptive predictor (block 4).
 */
final class SubBand {

    /** Signal estimate (SL or SH), the predictor's output for the next sample. */
    private int estimate;
    /** Zero section output (SZL or SZH). */
    private int zeroEstimate;
    /** Reconstructed signal, partial reconstructed signal and quantized difference, newest first. */
    private final int[] reconstructed = new int[3];
    private final int[] partial = new int[3];
    private final int[] difference = new int[7];
    /** Pole (a1, a2) and zero (b1..b6) predictor coefficients. */
    private final int[] poles = new int[3];
    private final int[] zeros = new int[7];
    private final int[] adaptedZeros = new int[7];
    /** Logarithmic scale factor (NBL/NBH) and the linear one it gives (DETL/DETH). */
    private int logScale;
    private int scale;

    private final int maxLogScale;
    private final int scaleShift;

    private SubBand(int initialScale, int maxLogScale, int scaleShift) {
        this.scale = initialScale;
        this.maxLogScale = maxLogScale;
        this.scaleShift = scaleShift;
    }

    static SubBand lower() {
        return new SubBand(32, 18432, 8);
    }

    static SubBand higher() {
        return new SubBand(8, 22528, 10);
    }

    int estimate() {
        return estimate;
    }

    int scale() {
        return scale;
    }

    /** LOGSCL + SCALEL: adapts the lower band's scale factor to a 4-bit code. */
    void adaptLower(int code4) {
        adaptScale(WL[RL42[code4]]);
    }

    /** LOGSCH + SCALEH: adapts the higher band's scale factor to a 2-bit code. */
    void adaptHigher(int code2) {
        adaptScale(WH[RH2[code2]]);
    }

    private void adaptScale(int step) {
        // leak of 127/128 towards zero, then the code's step
        logScale = Math.max(0, Math.min(maxLogScale, ((logScale * 127) >> 7) + step));
        int mantissa = ILB[(logScale >> 6) & 31];
        int shift = scaleShift - (logScale >> 11);
        scale = (shift < 0 ? mantissa << -shift : mantissa >> shift) << 2;
    }

    /** Block 4: takes the quantized difference d, reconstructs, adapts the predictor and forms the next estimate. */
    void predict(int d) {
        difference[0] = d;
        reconstructed[0] = saturate(estimate + d);
        partial[0] = saturate(zeroEstimate + d);

        int sign0 = partial[0] >> 15;
        int sign1 = partial[1] >> 15;
        int sign2 = partial[2] >> 15;

        // UPPOL2
        int wd1 = saturate(poles[1] << 2);
        int wd2 = sign0 == sign1 ? -wd1 : wd1;
        wd2 = Math.min(wd2, 32767);
        int pole2 = (wd2 >> 7) + (sign0 == sign2 ? 128 : -128) + ((poles[2] * 32512) >> 15);
        pole2 = Math.max(-12288, Math.min(12288, pole2));

        // UPPOL1, kept inside the stability triangle that a2 leaves
        int pole1 = saturate((sign0 == sign1 ? 192 : -192) + ((poles[1] * 32640) >> 15));
        int limit = saturate(15360 - pole2);
        pole1 = Math.max(-limit, Math.min(limit, pole1));

        // UPZERO: sign-sign adaptation with leakage
        int gain = d == 0 ? 0 : 128;
        int signD = d >> 15;
        for (int i = 1; i < 7; i++) {
            int step = (difference[i] >> 15) == signD ? gain : -gain;
            adaptedZeros[i] = saturate(step + ((zeros[i] * 32640) >> 15));
        }

        // DELAYA
        for (int i = 6; i > 0; i--) {
            difference[i] = difference[i - 1];
            zeros[i] = adaptedZeros[i];
        }
        reconstructed[2] = reconstructed[1];
        reconstructed[1] = reconstructed[0];
        partial[2] = partial[1];
        partial[1] = partial[0];
        poles[1] = pole1;
        poles[2] = pole2;

        // FILTEP
        int polePart = saturate(((poles[1] * saturate(reconstructed[1] << 1)) >> 15)
                + ((poles[2] * saturate(reconstructed[2] << 1)) >> 15));
        // FILTEZ
        int zeroPart = 0;
        for (int i = 6; i > 0; i--) {
            zeroPart += (zeros[i] * saturate(difference[i] << 1)) >> 15;
        }
        zeroEstimate = saturate(zeroPart);
        // PREDIC
        estimate = saturate(polePart + zeroEstimate);
    }
}
