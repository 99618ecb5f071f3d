package org.asterism.rtp.internal;

/**
 * NTP time (RFC 3550's 64-bit fixed point, seconds since 1900) for RTCP, taken from the monotonic clock from a wall
 * clock reading at start, so that a wall clock step does not spoil round-trip times.
 */
final class NtpClock {

    /** Seconds from 1900 (NTP) to 1970 (Unix). */
    private static final long EPOCH_OFFSET = 2_208_988_800L;

    private final long baseNanosSinceUnixEpoch;
    private final long baseNanoTime;

    NtpClock() {
        this.baseNanoTime = System.nanoTime();
        this.baseNanosSinceUnixEpoch = System.currentTimeMillis() * 1_000_000L;
    }

    /** The 64-bit NTP timestamp of a {@link System#nanoTime()} reading. */
    long ntp(long nanoTime) {
        long nanos = baseNanosSinceUnixEpoch + (nanoTime - baseNanoTime);
        long seconds = nanos / 1_000_000_000L + EPOCH_OFFSET;
        long fraction = ((nanos % 1_000_000_000L) << 32) / 1_000_000_000L;
        return (seconds << 32) | fraction;
    }

    /** The middle 32 bits of an NTP timestamp, as LSR and round-trip arithmetic use them (units of 1/65536 s). */
    static int middle(long ntp) {
        return (int) (ntp >>> 16);
    }
}
