package org.asterism.pbx.dialplan.internal;

/** How Asterisk reads a condition ({@code pbx_checkcondition}) and a leading number ({@code atoi}). */
public final class Conditions {

    private Conditions() {
    }

    /** Empty is false; a number (after blanks, with a sign) is its value; any other string is true. */
    public static boolean isTrue(String condition) {
        if (condition == null || condition.isEmpty()) {
            return false;
        }
        String t = condition.stripLeading();
        int end = 0;
        if (end < t.length() && (t.charAt(end) == '-' || t.charAt(end) == '+')) {
            end++;
        }
        int digits = end;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        return end == digits || atoi(t.substring(0, end)) != 0;
    }

    /** C's {@code atoi}: the leading integer, 0 when there is none. */
    public static long atoi(String s) {
        String t = s.strip();
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        long n = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i)) && n <= Integer.MAX_VALUE) {
            n = n * 10 + (t.charAt(i++) - '0');
        }
        return negative ? -n : n;
    }
}
