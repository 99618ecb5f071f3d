package org.asterism.sip.location.internal;

import static org.asterism.sip.location.internal.Fixtures.everyField;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.asterism.sip.api.location.Contact;

/**
 * Run by {@link CrashSafetyTest} in a JVM of its own, which then dies without closing anything. Adds contacts to
 * 50 AoRs, 100 updates in flight, and prints {@code ACK <aor> <uri> .} for each once its stage completed.
 *
 * <p>{@code <file> <fsync> halt <n>}: adds n contacts, waits for every stage, prints {@code ALL ACKED}, then
 * {@code Runtime.halt}. {@code <file> <fsync> forever}: goes on until killed.
 */
public final class CrashingRegistrar {

    static final Instant EXPIRES = Instant.parse("2100-01-01T00:00:00Z");

    private CrashingRegistrar() {
    }

    static Contact contactNumber(int i) {
        String aor = "aor" + (i % 50);
        return everyField(aor, "sip:phone" + i + "@192.0.2.10:5060", EXPIRES.plusSeconds(i));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean fsync = Boolean.parseBoolean(args[1]);
        boolean forever = args[2].equals("forever");
        int count = forever ? Integer.MAX_VALUE : Integer.parseInt(args[3]);
        PrintStream out = System.out;
        MvStoreLocationStore store = new MvStoreLocationStore(file, fsync, Clock.systemUTC());
        Semaphore inFlight = new Semaphore(100);
        List<CompletableFuture<List<Contact>>> stages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Contact c = contactNumber(i);
            inFlight.acquire();
            CompletableFuture<List<Contact>> stage = store.update(c.aor(), before -> {
                List<Contact> after = new ArrayList<>(before);
                after.add(c);
                return after;
            }).toCompletableFuture();
            stage.whenComplete((contacts, failure) -> {
                if (failure == null) {
                    synchronized (out) {
                        out.println("ACK " + c.aor() + " " + c.uri() + " .");
                        out.flush();
                    }
                }
                inFlight.release();
            });
            if (!forever) {
                stages.add(stage);
            }
        }
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).join();
        synchronized (out) {
            out.println("ALL ACKED");
            out.flush();
        }
        Runtime.getRuntime().halt(3);
    }
}
