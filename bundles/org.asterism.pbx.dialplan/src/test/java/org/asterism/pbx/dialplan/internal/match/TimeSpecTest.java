package org.asterism.pbx.dialplan.internal.match;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class TimeSpecTest {

    private final List<String> warnings = new ArrayList<>();

    private TimeSpec spec(String text) {
        return TimeSpec.parse(text, warnings::add).orElseThrow();
    }

    // 2024-03-15 was a Friday
    private static Instant utc(String time) {
        return Instant.parse(time);
    }

    @Test
    public void officeHoursOnWeekdays() {
        TimeSpec office = spec("09:00-17:00,mon-fri,*,*,UTC");
        assertTrue(office.includes(utc("2024-03-15T09:00:00Z")));
        assertTrue(office.includes(utc("2024-03-15T17:00:59Z")));
        assertFalse(office.includes(utc("2024-03-15T17:01:00Z")));
        assertFalse(office.includes(utc("2024-03-16T10:00:00Z"))); // Saturday
        assertTrue(warnings.isEmpty());
    }

    @Test
    public void rangesWrapAround() {
        TimeSpec night = spec("22:00-06:00,fri-mon,*,*,UTC");
        assertTrue(night.includes(utc("2024-03-17T23:30:00Z"))); // Sunday night
        assertTrue(night.includes(utc("2024-03-18T05:59:00Z"))); // Monday morning
        assertFalse(night.includes(utc("2024-03-19T23:30:00Z"))); // Tuesday
    }

    @Test
    public void daysOfMonthAndMonths() {
        TimeSpec christmas = spec("*,*,25,dec,UTC");
        assertTrue(christmas.includes(utc("2024-12-25T12:00:00Z")));
        assertFalse(christmas.includes(utc("2024-12-24T12:00:00Z")));
        assertFalse(christmas.includes(utc("2024-11-25T12:00:00Z")));
        assertTrue(spec("*|*|1&15|jan-mar|UTC").includes(utc("2024-02-15T00:00:00Z")));
    }

    @Test
    public void badItemsAreSkippedWithAsterisksWarning() {
        spec("*,mon-funday,*,*");
        assertEquals(List.of("Invalid end day of week 'funday', skipping element"), warnings);
    }
}
