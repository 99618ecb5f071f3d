package org.asterism.app.playback.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scheduler the test drives: it remembers each task with the delay asked for, and runs the next one when told, first
 * moving its clock to the moment chosen by the test.
 */
class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** Delays asked for, in nanoseconds, in order. */
    final List<Long> delays = new CopyOnWriteArrayList<>();
    private final Deque<Task> tasks = new ArrayDeque<>();
    volatile long now;

    long nanoTime() {
        return now;
    }

    synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled).count();
    }

    /** Moves the clock to the task's due time plus {@code lateNanos} and runs it. */
    void runNext(long lateNanos) {
        Task task;
        synchronized (this) {
            task = tasks.poll();
            while (task != null && task.cancelled) {
                task = tasks.poll();
            }
        }
        if (task == null) {
            throw new AssertionError("nothing scheduled");
        }
        now = task.dueAt + lateNanos;
        task.done = true;
        task.runnable.run();
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        long nanos = unit.toNanos(delay);
        delays.add(nanos);
        Task task = new Task(command, now + nanos);
        tasks.add(task);
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private static final class Task implements ScheduledFuture<Object> {
        final Runnable runnable;
        final long dueAt;
        volatile boolean cancelled;
        volatile boolean done;

        Task(Runnable runnable, long dueAt) {
            this.runnable = runnable;
            this.dueAt = dueAt;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return 0;
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            cancelled = true;
            return !done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
