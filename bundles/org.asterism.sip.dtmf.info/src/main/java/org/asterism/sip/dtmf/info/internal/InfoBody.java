package org.asterism.sip.dtmf.info.internal;

/**
 * A DTMF INFO body read as res_pjsip_dtmf_info reads it: {@code application/dtmf} holds the event itself;
 * {@code application/dtmf-relay} holds "Signal=" and "Duration=" lines (names in any case, lines ended by CR, LF or
 * both, blanks after "=" skipped). An event is a digit, *, #, A-D (either case), "!" (flash), or its RFC 4733 event
 * code 0-16 (10 is *, 11 #, 12-15 A-D, 16 flash).
 *
 * @param event the digit, '!' for a flash, or '\0' when the signal is missing or invalid
 * @param durationMillis Duration=, 100 when not given (Asterisk's default)
 */
record InfoBody(char event, int durationMillis) {

    static final char FLASH = '!';
    static final char NONE = '\0';
    private static final int DEFAULT_DURATION = 100;

    /** An {@code application/dtmf} body: the event and nothing else. */
    static InfoBody dtmf(String body) {
        return new InfoBody(event(body.strip()), DEFAULT_DURATION);
    }

    /** An {@code application/dtmf-relay} body. */
    static InfoBody dtmfRelay(String body) {
        char event = NONE;
        int duration = DEFAULT_DURATION;
        for (String line : body.split("[\r\n]")) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).stripLeading();
            if (name.equalsIgnoreCase("signal")) {
                event = event(value);
                if (event == NONE) {
                    break;
                }
            } else if (name.equalsIgnoreCase("duration")) {
                long parsed = unsigned(value);
                if (parsed >= 0) {
                    duration = (int) Math.min(parsed, Integer.MAX_VALUE);
                }
            }
        }
        return new InfoBody(event, duration);
    }

    /** get_event. */
    static char event(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        char first = text.charAt(0);
        if (first == FLASH || first == '*' || first == '#' || (first >= 'A' && first <= 'D')
                || (first >= 'a' && first <= 'd')) {
            return first;
        }
        long code = unsigned(text);
        if (code < 0 || code > 16) {
            return NONE;
        }
        if (code < 10) {
            return (char) ('0' + code);
        }
        return switch ((int) code) {
            case 10 -> '*';
            case 11 -> '#';
            case 16 -> FLASH;
            default -> (char) ('A' + code - 12);
        };
    }

    /** Leading digits as sscanf("%u") reads them (blanks skipped); -1 when there are none. */
    private static long unsigned(String text) {
        String stripped = text.stripLeading();
        int start = stripped.startsWith("+") ? 1 : 0;
        int end = start;
        while (end < stripped.length() && end - start < 10 && Character.isDigit(stripped.charAt(end))) {
            end++;
        }
        return end == start ? -1 : Long.parseLong(stripped.substring(start, end));
    }
}
