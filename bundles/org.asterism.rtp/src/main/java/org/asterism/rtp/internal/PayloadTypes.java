package org.asterism.rtp.internal;

import java.util.Arrays;
import java.util.Map;
import org.asterism.media.api.Format;

/** A session's negotiated payload type numbers, both ways; immutable, swapped whole when renegotiated. */
final class PayloadTypes {

    static final PayloadTypes NONE = new PayloadTypes(Map.of());

    private final Format[] byNumber = new Format[128];
    private final Format[] formats;
    private final int[] numbers;

    PayloadTypes(Map<Integer, Format> negotiated) {
        formats = new Format[negotiated.size()];
        numbers = new int[negotiated.size()];
        int i = 0;
        for (Map.Entry<Integer, Format> entry : negotiated.entrySet()) {
            int number = entry.getKey();
            if (number < 0 || number > 127 || entry.getValue() == null) {
                throw new IllegalArgumentException("payload type " + number + " -> " + entry.getValue());
            }
            byNumber[number] = entry.getValue();
            formats[i] = entry.getValue();
            numbers[i] = number;
            i++;
        }
    }

    /** The format of a payload type number, or null when it was not negotiated. */
    Format format(int number) {
        return byNumber[number & 0x7F];
    }

    /** The lowest number negotiated for a format, or -1. */
    int number(Format format) {
        int found = -1;
        for (int i = 0; i < formats.length; i++) {
            if ((formats[i] == format || formats[i].equals(format)) && (found < 0 || numbers[i] < found)) {
                found = numbers[i];
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return Arrays.toString(numbers);
    }
}
