package org.asterism.pbx.dialplan.internal.match;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Asterisk's order of extensions in a context (pbx.c's {@code ext_cmp}), which is also the order they are tried in:
 * literal extensions first (compared character by character), then patterns, the more specific first. Patterns are
 * compared position by position: a smaller character set wins ({@code 5} before {@code [1-3]} before {@code N}
 * before {@code X}), then the set with lower characters, then {@code .} before {@code !} before the end.
 *
 * <p>Two patterns that compare equal ({@code _X} and {@code _[0-9]}) are the same extension. Works on
 * {@link ExtensionNames#key keys}.
 */
public final class ExtensionOrder implements Comparator<String> {

    public static final ExtensionOrder INSTANCE = new ExtensionOrder();

    private static final int DOT = 0x18000;
    private static final int BANG = 0x28000;
    private static final int END = 0x30000;
    private static final int BAD_SET = 0x40000;

    private ExtensionOrder() {
    }

    @Override
    public int compare(String left, String right) {
        boolean leftPattern = ExtensionNames.isPattern(left);
        boolean rightPattern = ExtensionNames.isPattern(right);
        if (!leftPattern) {
            return rightPattern ? -1 : compareLiteral(left, right);
        }
        if (!rightPattern) {
            return 1;
        }
        return comparePatterns(left.substring(1), right.substring(1));
    }

    /** {@code ext_cmp_exten}: character by character, ignoring dashes. */
    static int compareLiteral(String left, String right) {
        int l = 0;
        int r = 0;
        while (true) {
            while (l < left.length() && left.charAt(l) == '-') {
                l++;
            }
            while (r < right.length() && right.charAt(r) == '-') {
                r++;
            }
            int lc = l < left.length() ? left.charAt(l) : 0;
            int rc = r < right.length() ? right.charAt(r) : 0;
            if (lc != rc) {
                return lc - rc;
            }
            if (lc == 0) {
                return 0;
            }
            l++;
            r++;
        }
    }

    /** {@code ext_cmp_pattern}, on the patterns without their leading underscore. */
    public static int comparePatterns(String left, String right) {
        Cursor l = new Cursor(left);
        Cursor r = new Cursor(right);
        while (true) {
            byte[] leftBits = new byte[32];
            byte[] rightBits = new byte[32];
            int leftPos = l.next(leftBits);
            int rightPos = r.next(rightBits);
            int cmp = leftPos - rightPos;
            if (cmp == 0) {
                // equal scores: the set holding lower characters comes first (note the swap, as in pbx.c)
                cmp = Arrays.compareUnsigned(rightBits, leftBits);
            }
            if (cmp != 0 || l.ended) {
                return cmp;
            }
        }
    }

    /** Walks a pattern one position (a character or a set) at a time: {@code ext_cmp_pattern_pos}. */
    private static final class Cursor {
        private final String pattern;
        private int index;
        boolean ended;

        Cursor(String pattern) {
            this.pattern = pattern;
        }

        int next(byte[] bits) {
            int count;
            do {
                int c;
                do {
                    c = index < pattern.length() ? pattern.charAt(index) & 0xFF : 0;
                    index++;
                } while (c == '-');
                switch (c) {
                    case 'n', 'N':
                        bits[6] = 0x3f;
                        bits[7] = (byte) 0xc0;
                        return 0x0800 | '2';
                    case 'x', 'X':
                        bits[6] = (byte) 0xff;
                        bits[7] = (byte) 0xc0;
                        return 0x0A00 | '0';
                    case 'z', 'Z':
                        bits[6] = 0x7f;
                        bits[7] = (byte) 0xc0;
                        return 0x0900 | '1';
                    case '.':
                        return DOT;
                    case '!':
                        return BANG;
                    case 0:
                        ended = true;
                        return END;
                    case '[':
                        break;
                    default:
                        bits[c / 8] = (byte) (1 << (7 - c % 8));
                        return 0x0100 | c;
                }
                int end = pattern.indexOf(']', index);
                if (end < 0) {
                    return BAD_SET;
                }
                count = 0;
                int min = 0xFF;
                for (; index < end; index++) {
                    int first = pattern.charAt(index) & 0xFF;
                    int last = first;
                    if (index + 2 < end && pattern.charAt(index + 1) == '-') {
                        last = pattern.charAt(index + 2) & 0xFF;
                        index += 2;
                    }
                    min = Math.min(min, first);
                    for (int ch = first; ch <= last; ch++) {
                        int mask = 1 << (7 - ch % 8);
                        if ((bits[ch / 8] & mask) == 0) {
                            bits[ch / 8] |= (byte) mask;
                            count += 0x100;
                        }
                    }
                }
                index = end + 1;
                if (count != 0) {
                    return count | min;
                }
            } while (true);
        }
    }
}
