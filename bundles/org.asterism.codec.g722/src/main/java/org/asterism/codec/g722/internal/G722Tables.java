package org.asterism.codec.g722.internal;

/** The constants of ITU-T G.722 (09/2012, section 6), named as the Recommendation's blocks use them. */
final class G722Tables {

    /** Transmit and receive QMF coefficients h0..h23, scaled by 2^13 (they add up to 8192). */
    static final int[] QMF = {
        3, -11, -11, 53, 12, -156, 32, 362, -210, -805, 951, 3876,
        3876, 951, -805, -210, 362, 32, -156, 12, 53, -11, -11, 3
    };

    /** QUANTL: lower sub-band decision levels (times the scale factor, over 2^12), intervals 1 to 29. */
    static final int[] Q6 = {
        0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650, 714,
        786, 858, 940, 1023, 1121, 1219, 1339, 1458, 1612, 1765, 1980, 2195, 2557, 2919, 0, 0
    };

    /** QUANTL: the 6-bit code of each interval for a negative difference. */
    static final int[] ILN = {
        0, 63, 62, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19,
        18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 0
    };

    /** QUANTL: the 6-bit code of each interval for a positive difference. */
    static final int[] ILP = {
        0, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47,
        46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 0
    };

    /** INVQAL: the 4-bit inverse quantizer that feeds the lower band's predictor (the embedded core). */
    static final int[] QM4 = {
        0, -20456, -12896, -8968, -6288, -4240, -2584, -1200,
        20456, 12896, 8968, 6288, 4240, 2584, 1200, 0
    };

    /** INVQBL: the 6-bit inverse quantizer of the 64 kbit/s mode, for the decoder's output. */
    static final int[] QM6 = {
        -136, -136, -136, -136, -24808, -21904, -19008, -16704,
        -14984, -13512, -12280, -11192, -10232, -9360, -8576, -7856,
        -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576,
        -3168, -2776, -2400, -2032, -1688, -1360, -1040, -728,
        24808, 21904, 19008, 16704, 14984, 13512, 12280, 11192,
        10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456,
        4944, 4464, 4008, 3576, 3168, 2776, 2400, 2032,
        1688, 1360, 1040, 728, 432, 136, -432, -136
    };

    /** LOGSCL: magnitude class of a 4-bit lower-band code, and the log scale factor step of each class. */
    static final int[] RL42 = {0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0};
    static final int[] WL = {-60, -30, 58, 172, 334, 538, 1198, 3042};

    /** SCALEL/SCALEH: 2^(i/32) times 2048, the mantissa of the linear scale factor. */
    static final int[] ILB = {
        2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383, 2435, 2489, 2543, 2599, 2656, 2714, 2774, 2834,
        2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371, 3444, 3520, 3597, 3676, 3756, 3838, 3922, 4008
    };

    /** QUANTH/INVQAH: the higher sub-band's 2-bit codes (negative, positive) and their levels. */
    static final int[] IHN = {0, 1, 0};
    static final int[] IHP = {0, 3, 2};
    static final int[] QM2 = {-7408, -1616, 7408, 1616};
    /** QUANTH: the one decision level of the higher sub-band (over 2^12). */
    static final int Q2 = 564;

    /** LOGSCH: magnitude class of a higher-band code and the log scale factor step of each class. */
    static final int[] RH2 = {2, 1, 2, 1};
    static final int[] WH = {0, -214, 798};

    private G722Tables() {
    }

    /** 16-bit saturation, as the Recommendation's arithmetic does after every addition. */
    static int saturate(int value) {
        return Math.max(-32768, Math.min(32767, value));
    }
}
