package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import org.junit.Test;

/** The strict RTP state machine on a made-up clock. */
public class StrictRtpGuardTest {

    private static final long MS = 1_000_000L;
    private static final InetSocketAddress SIGNALLED = new InetSocketAddress("192.0.2.1", 4000);
    private static final InetSocketAddress NATTED = new InetSocketAddress("198.51.100.7", 31234);
    private static final InetSocketAddress ATTACKER = new InetSocketAddress("203.0.113.66", 5000);

    @Test
    public void probationNeedsPacketsInSequenceSpreadOverTime() {
        StrictRtpGuard guard = new StrictRtpGuard(StrictRtpMode.YES, 4, 22);
        guard.remoteAddress(SIGNALLED, 0, 0);
        // a flood: in sequence but 1 ms apart never qualifies
        for (int i = 0; i < 20; i++) {
            assertFalse("flood packet " + i, guard.accept(NATTED, 100 + i, (1 + i) * MS));
        }
        // a new run at 20 ms a packet: its fourth packet completes the probation
        long t = 100 * MS;
        int seq = 500;
        for (int i = 0; i < 3; i++) {
            assertFalse(guard.accept(NATTED, seq++, t));
            t += 20 * MS;
        }
        assertTrue(guard.accept(NATTED, seq++, t));
        assertEquals(NATTED, guard.source());
    }

    @Test
    public void aNewSourceIsProposedByItsFirstPacketThenServesItsProbation() {
        StrictRtpGuard guard = new StrictRtpGuard(StrictRtpMode.YES, 4, 22);
        guard.remoteAddress(SIGNALLED, 0, 0);
        long t = 0;
        for (int i = 0; i < 4; i++) {
            assertFalse("packet " + i, guard.accept(NATTED, 10 + i, t));
            t += 20 * MS;
        }
        assertTrue(guard.accept(NATTED, 14, t));
    }

    @Test
    public void seqnoModeDoesNotLookAtTheClock() {
        StrictRtpGuard guard = new StrictRtpGuard(StrictRtpMode.SEQNO, 4, 22);
        guard.remoteAddress(SIGNALLED, 0, 0);
        boolean taken = false;
        for (int i = 0; i < 5; i++) {
            taken = guard.accept(NATTED, 100 + i, (1 + i) * MS);
        }
        assertTrue(taken);
    }

    @Test
    public void theSignalledSourceIsTakenAtOnceAndLockedAfterFiveSeconds() {
        StrictRtpGuard guard = new StrictRtpGuard(StrictRtpMode.YES, 4, 22);
        guard.remoteAddress(SIGNALLED, 0, 0);
        assertTrue(guard.accept(SIGNALLED, 1, MS));
        assertFalse(guard.locked());
        assertTrue(guard.accept(SIGNALLED, 2, 5_001 * MS));
        assertTrue(guard.locked());
        // once locked, even a perfect stream from elsewhere is refused
        for (int i = 0; i < 10; i++) {
            assertFalse(guard.accept(ATTACKER, 1000 + i, (6_000 + 20 * i) * MS));
        }
        assertEquals(10, guard.drops());
        // until the remote address changes
        guard.remoteAddress(NATTED, 2, 7_000 * MS);
        assertTrue(guard.accept(NATTED, 50, 7_001 * MS));
    }

    @Test
    public void competingStreamsKeepEachOtherOut() {
        StrictRtpGuard guard = new StrictRtpGuard(StrictRtpMode.YES, 4, 22);
        guard.remoteAddress(SIGNALLED, 0, 0);
        assertTrue(guard.accept(SIGNALLED, 1, MS));
        long t = 10 * MS;
        for (int i = 0; i < 20; i++) {
            // the current source keeps talking between the attacker's packets
            assertFalse(guard.accept(ATTACKER, 500 + i, t));
            assertTrue(guard.accept(SIGNALLED, 2 + i, t + MS));
            t += 20 * MS;
        }
    }

    @Test
    public void offTakesEverything() {
        StrictRtpGuard guard = new StrictRtpGuard(StrictRtpMode.NO, 4, 22);
        assertTrue(guard.accept(ATTACKER, 1, 0));
        guard.remoteAddress(SIGNALLED, 1, 0);
        assertTrue(guard.accept(ATTACKER, 2, MS));
    }
}
