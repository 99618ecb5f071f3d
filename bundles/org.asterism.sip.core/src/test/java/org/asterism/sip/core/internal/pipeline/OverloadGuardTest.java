package org.asterism.sip.core.internal.pipeline;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.asterism.sip.testing.MapConfigStore;
import org.junit.Test;

public class OverloadGuardTest {

    private final AtomicLong backlog = new AtomicLong();

    @Test
    public void refusesFromTheThresholdUntilTheBacklogIsWellBelowIt() {
        OverloadGuard guard = new OverloadGuard(backlog::get, new MapConfigStore());
        backlog.set(OverloadGuard.ENTER_MILLIS - 1);
        assertFalse("under the threshold", guard.refuses());
        backlog.set(OverloadGuard.ENTER_MILLIS);
        assertTrue("at the threshold", guard.refuses());
        backlog.set(OverloadGuard.LEAVE_MILLIS + 1);
        assertTrue("still behind: no flapping", guard.refuses());
        backlog.set(OverloadGuard.LEAVE_MILLIS - 1);
        assertFalse("caught up", guard.refuses());
        backlog.set(OverloadGuard.LEAVE_MILLIS + 1);
        assertFalse("a small backlog alone does not trip it", guard.refuses());
    }

    @Test
    public void overloadTriggerNoneTurnsItOff() {
        MapConfigStore config = new MapConfigStore();
        config.add("global", "global", new org.asterism.sip.api.endpoint.GlobalSettings("global", java.util.List.of(), "asterisk", "ua", 90, 70,
                "", "asterisk", "", 5, 5, 30, 0, 30, false, false, java.util.Map.of("taskprocessor_overload_trigger", "none")));
        OverloadGuard guard = new OverloadGuard(backlog::get, config);
        backlog.set(10 * OverloadGuard.ENTER_MILLIS);
        assertFalse(guard.refuses());
    }

    @Test
    public void retryAfterIsSpreadOverAFewSeconds() {
        OverloadGuard guard = new OverloadGuard(backlog::get, new MapConfigStore());
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 200; i++) {
            int seconds = guard.retryAfterSeconds();
            assertTrue(seconds + " s", seconds >= OverloadGuard.RETRY_AFTER_MIN && seconds <= OverloadGuard.RETRY_AFTER_MAX);
            seen.add(seconds);
        }
        assertTrue("spread, not one value: " + seen, seen.size() > 1);
    }
}
