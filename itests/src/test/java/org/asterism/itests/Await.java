package org.asterism.itests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes: the tests never assert after a bare sleep. */
public final class Await {

    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** A check that passes quietly or throws an {@link AssertionError} (or any exception) saying why not. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /** Waits until {@code condition} is true; fails with {@code description} after {@code timeout}. */
    public static void waitFor(String description, Duration timeout, BooleanSupplier condition) {
        waitForAssert(timeout, () -> {
            if (!condition.getAsBoolean()) {
                throw new AssertionError(description);
            }
        });
    }

    /** Re-runs {@code check} until it passes; after {@code timeout} rethrows its last failure. */
    public static void waitForAssert(Duration timeout, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (Throwable failure) {
                if (System.nanoTime() - deadline >= 0) {
                    // no cause chained: Pax Exam reports only the innermost cause, which would hide this message
                    AssertionError error = new AssertionError("still failing after " + timeout + ": "
                        + (failure instanceof AssertionError ? failure.getMessage() : failure.toString()));
                    error.setStackTrace(failure.getStackTrace());
                    throw error;
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
