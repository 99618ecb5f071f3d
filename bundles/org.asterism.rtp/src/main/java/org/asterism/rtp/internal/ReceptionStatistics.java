package org.asterism.rtp.internal;

import java.nio.ByteBuffer;

/**
 * What one session has received, per RFC 3550 appendix A: the extended highest sequence number and loss (A.1, A.3),
 * interarrival jitter (A.8), and what the next RTCP report block says about it. Updated on the receive loop only;
 * the counts {@link #statistics} reads are published with volatile writes.
 */
final class ReceptionStatistics {

    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int SEQUENCE_MOD = 1 << 16;

    private boolean started;
    private int sourceSsrc;
    private int baseSequence;
    private int maxSequence;
    private int cycles;
    private int badSequence = -1;
    /** Packets of the current source, and loss carried over from sources before it. */
    private long receivedFromSource;
    private long lostBefore;
    private long expectedPrior;
    private long receivedPrior;

    private boolean haveTransit;
    private double lastArrival;
    private int lastTimestamp;
    private int jitterClockRate;
    /** In timestamp units, as RFC 3550 keeps it (before the scaling to an integer). */
    private double jitter;

    private volatile long received;
    private volatile long lost;
    private volatile double jitterMillis;

    /** Counts a packet accepted from the stream; {@code timed} is false for packets whose timestamp is not a clock. */
    void update(int ssrc, int sequence, int timestamp, long nowNanos, int clockRate, boolean timed) {
        if (!started || ssrc != sourceSsrc) {
            if (started) {
                lostBefore += lostFromSource();
            }
            started = true;
            sourceSsrc = ssrc;
            restart(sequence);
            haveTransit = false;
        } else if (!updateSequence(sequence)) {
            return;
        }
        receivedFromSource++;
        received++;
        lost = lostBefore + lostFromSource();
        if (timed && clockRate > 0) {
            updateJitter(timestamp, nowNanos, clockRate);
        }
    }

    long received() {
        return received;
    }

    long lost() {
        return lost;
    }

    double jitterMillis() {
        return jitterMillis;
    }

    boolean hasSource() {
        return started;
    }

    int sourceSsrc() {
        return sourceSsrc;
    }

    /**
     * Writes one RTCP report block (24 bytes) about the current source and starts a new reporting interval.
     *
     * @param lastSrMiddle the middle 32 bits of the NTP time in the peer's last SR, 0 if none
     * @param delaySinceSr time since that SR arrived, in 1/65536 s
     */
    void writeReportBlock(ByteBuffer out, int lastSrMiddle, long delaySinceSr) {
        long extendedMax = ((long) cycles) + maxSequence;
        long expected = extendedMax - baseSequence + 1;
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = receivedFromSource - receivedPrior;
        expectedPrior = expected;
        receivedPrior = receivedFromSource;
        long lostInterval = expectedInterval - receivedInterval;
        int fraction = expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
        long cumulative = Math.max(-0x800000L, Math.min(0x7FFFFFL, expected - receivedFromSource));

        out.putInt(sourceSsrc);
        out.putInt((Math.min(fraction, 255) << 24) | (int) (cumulative & 0xFFFFFF));
        out.putInt((int) extendedMax);
        out.putInt((int) jitter);
        out.putInt(lastSrMiddle);
        out.putInt((int) Math.min(delaySinceSr, 0xFFFFFFFFL));
    }

    private void restart(int sequence) {
        baseSequence = sequence;
        maxSequence = sequence;
        cycles = 0;
        badSequence = -1;
        receivedFromSource = 0;
        expectedPrior = 0;
        receivedPrior = 0;
    }

    /** RFC 3550 A.1 without the probation (strict RTP qualifies sources); false for a packet it does not count. */
    private boolean updateSequence(int sequence) {
        int delta = (sequence - maxSequence) & 0xFFFF;
        if (delta < MAX_DROPOUT) {
            if (sequence < maxSequence) {
                cycles += SEQUENCE_MOD;
            }
            maxSequence = sequence;
        } else if (delta <= SEQUENCE_MOD - MAX_MISORDER) {
            // a big jump: believe it when the next packet follows on from it (the sender restarted)
            if (sequence == badSequence) {
                lostBefore += lostFromSource();
                restart(sequence);
            } else {
                badSequence = (sequence + 1) & 0xFFFF;
                return false;
            }
        }
        // else a duplicate or a late packet: counted, the highest stays
        return true;
    }

    private long lostFromSource() {
        long expected = ((long) cycles) + maxSequence - baseSequence + 1;
        return Math.max(0, expected - receivedFromSource);
    }

    private void updateJitter(int timestamp, long nowNanos, int clockRate) {
        double arrival = nowNanos * (clockRate / 1e9);
        if (haveTransit && clockRate == jitterClockRate) {
            double d = (arrival - lastArrival) - (timestamp - lastTimestamp);
            jitter += (Math.abs(d) - jitter) / 16;
            jitterMillis = jitter * 1000 / clockRate;
        }
        haveTransit = true;
        lastArrival = arrival;
        lastTimestamp = timestamp;
        jitterClockRate = clockRate;
    }
}
