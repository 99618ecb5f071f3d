package org.asterism.sip.location.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.asterism.sip.api.location.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the contact file ({@code asterism-location-writer}), by group commit: it takes every
 * update waiting, stages each AoR's newest list, commits once, and only then reports the whole batch stored. An
 * update is never reported before the commit that holds it is durable, and a commit costs the same for one
 * update as for a thousand, so throughput grows with load while a lone update waits for one commit only.
 */
final class GroupCommitWriter {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** At most this many updates per commit, to bound the memory and the latency of one commit. */
    static final int MAX_BATCH = 4096;

    /** One update on its way to disk: the list it replaced and the list to store. */
    record Write(String aor, List<Contact> before, List<Contact> after, CompletableFuture<List<Contact>> done) {

        boolean changes() {
            return !before.equals(after);
        }
    }

    /** Told about each batch once its fate is known, on the writer thread: keep it short. */
    interface Outcome {

        void stored(List<Write> batch);

        void failed(List<Write> batch, RuntimeException cause);
    }

    private final ContactFile file;
    private final Outcome outcome;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final Write stop = new Write("", List.of(), List.of(), new CompletableFuture<>());
    private final Thread thread;

    GroupCommitWriter(ContactFile file, Outcome outcome) {
        this.file = file;
        this.outcome = outcome;
        this.thread = new NamedThreads("writer", false).newThread(this::run);
        thread.start();
    }

    void submit(Write write) {
        queue.add(write);
    }

    /**
     * Writes what was submitted before, then ends the thread. Call once, after the last {@link #submit}; waits
     * at most {@code timeoutMillis} and tells whether the writer finished.
     */
    boolean stop(long timeoutMillis) {
        queue.add(stop);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        boolean interrupted = false;
        try {
            while (thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            batch.clear();
            batch.add(take());
            queue.drainTo(batch, MAX_BATCH - 1);
            // stop is submitted after the last write, so it can only be last
            if (batch.get(batch.size() - 1) == stop) {
                batch.remove(batch.size() - 1);
                stopping = true;
            }
            if (!batch.isEmpty()) {
                try {
                    write(List.copyOf(batch));
                } catch (RuntimeException e) {
                    LOG.error("The location writer failed to report a batch of {} updates", batch.size(), e);
                }
            }
        }
    }

    private void write(List<Write> batch) {
        try {
            Map<String, List<Contact>> newest = new LinkedHashMap<>();
            for (Write w : batch) {
                if (w.changes()) {
                    newest.put(w.aor(), w.after());
                }
            }
            // a batch of updates that changed nothing needs no commit: what they read was in an earlier batch,
            // which is durable already
            if (!newest.isEmpty()) {
                newest.forEach(file::stage);
                file.commit();
            }
        } catch (RuntimeException e) {
            outcome.failed(batch, e);
            return;
        }
        outcome.stored(batch);
    }

    /** Nothing here is meant to interrupt the writer; if something does, waiting goes on (see ContactFile). */
    private Write take() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                LOG.debug("The location writer ignores an interrupt: it stops when the store closes");
            }
        }
    }
}
