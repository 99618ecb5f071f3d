package org.asterism.media.api;

/**
 * A DTMF digit, as Asterisk's {@code AST_FRAME_DTMF_BEGIN} / {@code AST_FRAME_DTMF_END}: one BEGIN when the key
 * goes down (where the source can tell), one END when it is released. Whoever counts digits counts ENDs.
 *
 * @param digit 0-9, *, #, A-D (upper case)
 * @param end false for BEGIN, true for END
 * @param durationMillis for END, how long the key was held (0 when unknown); 0 for BEGIN
 */
public record DtmfFrame(char digit, boolean end, int durationMillis) implements Frame {

    /** Digits RFC 4733 events 0-15 stand for, in event-code order. */
    public static final String DIGITS = "0123456789*#ABCD";

    public DtmfFrame {
        digit = Character.toUpperCase(digit);
        if (DIGITS.indexOf(digit) < 0) {
            throw new IllegalArgumentException("not a DTMF digit: '" + digit + "'");
        }
    }

    public static DtmfFrame begin(char digit) {
        return new DtmfFrame(digit, false, 0);
    }

    public static DtmfFrame end(char digit, int durationMillis) {
        return new DtmfFrame(digit, true, durationMillis);
    }
}
