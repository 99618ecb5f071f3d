package org.asterism.rtp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;

/** Frames a session delivered, to wait for with a deadline. */
final class CollectingSink implements FrameSink {

    private final LinkedBlockingQueue<Frame> frames = new LinkedBlockingQueue<>();

    @Override
    public void accept(Frame frame) {
        frames.add(frame);
    }

    /** The next frame, or null after {@code millis}. */
    Frame next(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The next {@code count} frames, failing after {@code millis} in all. */
    List<Frame> next(int count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        List<Frame> got = new ArrayList<>();
        while (got.size() < count) {
            long left = deadline - System.nanoTime();
            Frame frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
            if (frame == null) {
                throw new AssertionError("only " + got.size() + " of " + count + " frames arrived: " + got);
            }
            got.add(frame);
        }
        return got;
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }
}
