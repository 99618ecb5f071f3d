package org.asterism.pbx.dialplan.internal.match;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A time condition as Asterisk's {@code ast_build_timing} reads it ({@code include => ctx,09:00-17:00,mon-fri,*,*},
 * GotoIfTime): {@code times,weekdays,mdays,months[,timezone]}, fields separated by {@code ,} or {@code |}, each
 * {@code *} or {@code &}-separated items and cyclic ranges ({@code fri-mon}, {@code 22:00-06:00}). One bit per minute
 * of the day, as pbx_timing.c keeps it. Immutable.
 */
public final class TimeSpec {

    private static final String[] DAYS = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec" };
    private static final int MINUTES = 24 * 60;

    private final BitSet minutes;
    private final int weekdays;
    private final int monthDays;
    private final int months;
    private final Optional<ZoneId> zone;

    private TimeSpec(BitSet minutes, int weekdays, int monthDays, int months, Optional<ZoneId> zone) {
        this.minutes = minutes;
        this.weekdays = weekdays;
        this.monthDays = monthDays;
        this.months = months;
        this.zone = zone;
    }

    /** Parses a time specification; what Asterisk would warn about goes to {@code warnings}. Empty for "". */
    public static Optional<TimeSpec> parse(String spec, Consumer<String> warnings) {
        if (spec == null || spec.isEmpty()) {
            return Optional.empty();
        }
        String[] fields = spec.split("[|,]", -1);
        Optional<ZoneId> zone = Optional.empty();
        if (fields.length == 5) {
            try {
                zone = Optional.of(ZoneId.of(fields[4].trim()));
            } catch (DateTimeException e) {
                warnings.accept("Unknown timezone '" + fields[4].trim() + "', using local time");
            }
        }
        BitSet minutes = times(fields[0], warnings);
        int weekdays = fields.length > 1 ? range(fields[1], 7, DAYS, "day of week", warnings) : 0x7f;
        int monthDays = fields.length > 2 ? range(fields[2], 31, null, "day", warnings) : 0x7fffffff;
        int months = fields.length > 3 ? range(fields[3], 12, MONTHS, "month", warnings) : 0xfff;
        return Optional.of(new TimeSpec(minutes, weekdays, monthDays, months, zone));
    }

    /** {@code ast_check_timing2}. */
    public boolean includes(Instant when) {
        ZonedDateTime t = when.atZone(zone.orElse(ZoneId.systemDefault()));
        return (months & (1 << (t.getMonthValue() - 1))) != 0
                && (monthDays & (1 << (t.getDayOfMonth() - 1))) != 0
                && (weekdays & (1 << (t.getDayOfWeek().getValue() % 7))) != 0
                && minutes.get(t.getHour() * 60 + t.getMinute());
    }

    private static BitSet times(String field, Consumer<String> warnings) {
        BitSet bits = new BitSet(MINUTES);
        String times = field.trim();
        if (times.isEmpty() || times.equals("*")) {
            bits.set(0, MINUTES);
            return bits;
        }
        for (String part : times.split("&", -1)) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                int minute = minuteOf(part);
                if (minute < 0) {
                    warnings.accept(part + " isn't a valid time.");
                } else {
                    bits.set(minute);
                }
                continue;
            }
            String start = part.substring(0, dash);
            String end = part.substring(dash + 1).replaceFirst("^\\D+", "");
            if (end.isEmpty()) {
                warnings.accept("Invalid time range starting with '" + start + "-'.");
                continue;
            }
            int from = minuteOf(start);
            if (from < 0) {
                warnings.accept("'" + start + "' isn't a valid start time.");
                continue;
            }
            int to = minuteOf(end);
            if (to < 0) {
                warnings.accept("'" + end + "' isn't a valid end time.");
                continue;
            }
            for (int m = from; m != to; m = (m + 1) % MINUTES) {
                bits.set(m);
            }
            bits.set(to);
        }
        return bits;
    }

    /** "hh:mm" as a minute of the day, -1 when it is not one. */
    private static int minuteOf(String text) {
        String[] hm = text.trim().split(":", -1);
        if (hm.length < 2) {
            return -1;
        }
        try {
            int h = Integer.parseInt(leadingDigits(hm[0]));
            int m = Integer.parseInt(leadingDigits(hm[1]));
            return h < 0 || h > 23 || m < 0 || m > 59 ? -1 : h * 60 + m;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int range(String field, int max, String[] names, String what, Consumer<String> warnings) {
        String src = field.trim();
        if (src.isEmpty() || src.equals("*")) {
            return (int) ((1L << max) - 1);
        }
        int mask = 0;
        for (String part : src.split("&", -1)) {
            int dash = part.indexOf('-');
            String startText = dash < 0 ? part : part.substring(0, dash);
            int start = lookup(startText, names, max);
            if (start < 0) {
                warnings.accept("Invalid " + what + " '" + startText + "', skipping element");
                continue;
            }
            int end = start;
            if (dash >= 0) {
                end = lookup(part.substring(dash + 1), names, max);
                if (end < 0) {
                    warnings.accept("Invalid end " + what + " '" + part.substring(dash + 1) + "', skipping element");
                    continue;
                }
            }
            mask |= 1 << end;
            while (start != end) { // ranges are cyclic: fri-mon
                mask |= 1 << start;
                start = (start + 1) % max;
            }
        }
        return mask;
    }

    private static int lookup(String text, String[] names, int max) {
        String s = text.trim();
        if (names != null && !s.isEmpty() && s.charAt(0) > '9') {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(s.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        String digits = leadingDigits(s.length() > 2 ? s.substring(0, 2) : s);
        if (!digits.isEmpty()) {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= max) {
                return n - 1;
            }
        }
        return -1;
    }

    private static String leadingDigits(String s) {
        String t = s.trim();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }
}
