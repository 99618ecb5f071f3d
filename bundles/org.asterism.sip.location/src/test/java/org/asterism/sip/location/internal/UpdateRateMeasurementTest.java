package org.asterism.sip.location.internal;

import static org.asterism.sip.location.internal.Fixtures.contact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.asterism.sip.api.location.Contact;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A measurement, not a test: prints how long 10,000 single-contact updates take, one at a time (each waits for
 * the one before, as a lone phone's REGISTER does) and with 200 in flight (many phones registering at once: what
 * group commit is for), with fsync as in service and, for comparison only, without. It asserts nothing about time.
 */
public class UpdateRateMeasurementTest {

    private static final int UPDATES = 10_000;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void measurementOf10000SingleContactUpdates() throws Exception {
        for (boolean fsync : new boolean[] {true, false}) {
            for (int inFlight : new int[] {1, 200}) {
                measure(fsync, inFlight);
            }
        }
    }

    private void measure(boolean fsync, int inFlight) throws Exception {
        Path file = folder.newFolder().toPath().resolve("location.mv.db");
        MvStoreLocationStore store = new MvStoreLocationStore(file, fsync, Clock.systemUTC());
        try {
            Instant expires = Instant.now().plusSeconds(3600);
            Semaphore window = new Semaphore(inFlight);
            List<CompletableFuture<List<Contact>>> stages = new ArrayList<>(UPDATES);
            long start = System.nanoTime();
            for (int i = 0; i < UPDATES; i++) {
                Contact c = contact("aor" + i, "sip:phone" + i + "@192.0.2.10:5060", expires);
                window.acquire();
                CompletableFuture<List<Contact>> stage = store.update(c.aor(), before -> List.of(c)).toCompletableFuture();
                stage.whenComplete((r, e) -> window.release());
                stages.add(stage);
            }
            CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).join();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("MEASUREMENT location store, fsync %s, %3d in flight: %d single-contact updates in %.3f s = %.0f updates/s%n",
                    fsync ? "on (as in service)" : "off (comparison)", inFlight, UPDATES, seconds, UPDATES / seconds);
        } finally {
            store.close();
        }
        System.out.printf("MEASUREMENT   file after closing: %d KiB for %d contacts%n", Files.size(file) / 1024, UPDATES);
    }
}
