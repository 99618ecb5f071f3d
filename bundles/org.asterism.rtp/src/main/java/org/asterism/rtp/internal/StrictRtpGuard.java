package org.asterism.rtp.internal;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Strict RTP as res_rtp_asterisk does it. Until the remote address is known nothing is taken; then, for five seconds
 * of learning, the stream from the signalled address is taken at once, and a stream from elsewhere only after
 * {@code probation} packets in sequence (in no less than the minimum time, with strictrtp=yes); after that the
 * learned source is locked in until the remote address changes. Used on the receive loop only.
 */
final class StrictRtpGuard {

    /** Learning lasts this long so that re-INVITE chains can settle before media flows (Asterisk's value). */
    static final long LEARN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private enum State { OPEN, LEARN, CLOSED }

    private final StrictRtpMode mode;
    private final int probation;
    private final long minDurationNanos;

    private State state;
    private InetSocketAddress locked;
    private InetSocketAddress target;
    private long learnStart;
    private InetSocketAddress proposed;
    private int packetsToGo;
    private int maxSequence;
    private long firstInSequence;
    private long drops;

    StrictRtpGuard(StrictRtpMode mode, int probation, int minDurationMillis) {
        this.mode = mode;
        this.probation = probation;
        this.minDurationNanos = TimeUnit.MILLISECONDS.toNanos(minDurationMillis);
        this.state = mode == StrictRtpMode.NO ? State.OPEN : State.CLOSED;
    }

    /** The remote address was signalled: learn afresh unless it is the source already locked in. */
    void remoteAddress(InetSocketAddress address, int lastSequence, long nowNanos) {
        target = address;
        if (state != State.OPEN && !address.equals(locked)) {
            state = State.LEARN;
            proposed = null;
            learnStart = nowNanos;
            startSequence(lastSequence);
        }
    }

    /** Whether to take a packet from {@code source}. */
    boolean accept(InetSocketAddress source, int sequence, long nowNanos) {
        switch (state) {
            case OPEN:
                return true;
            case LEARN:
                if (locked != null && nowNanos - learnStart > LEARN_TIMEOUT_NANOS) {
                    state = State.CLOSED;
                    return acceptLocked(source);
                }
                return learn(source, sequence, nowNanos);
            default:
                return acceptLocked(source);
        }
    }

    /** The source being taken now, or null. */
    InetSocketAddress source() {
        return state == State.OPEN ? null : locked;
    }

    /** Whether learning is over and only the locked source is taken. */
    boolean locked() {
        return state == State.CLOSED;
    }

    long drops() {
        return drops;
    }

    private boolean acceptLocked(InetSocketAddress source) {
        if (source.equals(locked)) {
            return true;
        }
        drops++;
        return false;
    }

    private boolean learn(InetSocketAddress source, int sequence, long nowNanos) {
        if (source.equals(locked)) {
            // the current source still talks: a competing one has to start its probation again
            startSequence(sequence);
            return true;
        }
        if (source.equals(target)) {
            locked = source;
            startSequence(sequence);
            return true;
        }
        if (source.equals(proposed)) {
            if (!inSequence(sequence, nowNanos)) {
                locked = source;
                startSequence(sequence);
                return true;
            }
        } else {
            // an attacker or the start of the new stream: qualify it
            proposed = source;
            startSequence(sequence);
        }
        drops++;
        return false;
    }

    private void startSequence(int sequence) {
        maxSequence = sequence;
        packetsToGo = probation;
        firstInSequence = 0;
    }

    /** Counts a packet of the proposed source; true while it is still on probation. */
    private boolean inSequence(int sequence, long nowNanos) {
        if (sequence == ((maxSequence + 1) & 0xFFFF)) {
            packetsToGo--;
        } else {
            packetsToGo = probation - 1;
            firstInSequence = nowNanos;
        }
        if (mode == StrictRtpMode.YES) {
            if (firstInSequence == 0) {
                firstInSequence = nowNanos;
            } else if (packetsToGo == 0 && nowNanos - firstInSequence < minDurationNanos) {
                // too fast to be a real stream: a flood
                packetsToGo = probation - 1;
                firstInSequence = nowNanos;
            }
        }
        maxSequence = sequence;
        return packetsToGo != 0;
    }
}
