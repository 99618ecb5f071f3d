package org.asterism.rtp.internal;

/** Something a receive loop runs at a time, on its own thread; cancelled ones are skipped. */
final class LoopTimer implements Comparable<LoopTimer> {

    private final long dueNanos;
    private final long order;
    private final Runnable action;
    private volatile boolean cancelled;

    LoopTimer(long dueNanos, long order, Runnable action) {
        this.dueNanos = dueNanos;
        this.order = order;
        this.action = action;
    }

    long dueNanos() {
        return dueNanos;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    void run() {
        if (!cancelled) {
            action.run();
        }
    }

    @Override
    public int compareTo(LoopTimer other) {
        int byTime = Long.compare(dueNanos - other.dueNanos, 0);
        return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
}
