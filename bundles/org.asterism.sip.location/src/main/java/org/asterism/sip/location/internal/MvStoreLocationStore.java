package org.asterism.sip.location.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.ContactListener;
import org.asterism.sip.api.location.LocationStore;
import org.asterism.sip.location.internal.GroupCommitWriter.Write;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The location store: every contact in memory for reads, written through to an MVStore file
 * ({@code ${karaf.data}/asterism/location.mv.db}) by group commit (see {@link ContactFile} for what durable means
 * and {@link GroupCommitWriter} for the batching).
 *
 * <p>Threads: updates of one AoR run one after another on the same {@code asterism-location-update-N} thread
 * (AoRs are spread over them by hash), which serialises read-modify-write per AoR without a lock and lets
 * different AoRs proceed in parallel; {@code asterism-location-writer} writes and commits;
 * {@code asterism-location-ack} completes the callers' stages; {@code asterism-location-events} calls the
 * listeners; {@code asterism-location-expiry} ticks the {@link ContactExpiryTask}. No caller's thread ever waits for
 * the disk.
 *
 * <p>Immediate, so contacts go on expiring (and listeners hear it) while no registrar is loaded. Nothing to
 * configure: every commit is forced to the disk (see {@link ContactFile} for why, and what it costs).
 */
@Component(service = LocationStore.class, immediate = true)
public class MvStoreLocationStore implements LocationStore {

    static final long EXPIRY_TICK_MILLIS = 250;
    static final int MAX_EXPIRIES_PER_TICK = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(MvStoreLocationStore.class);
    private static final Comparator<Contact> BY_EXPIRY_THEN_URI =
            Comparator.comparing(Contact::expiresAt).thenComparing(Contact::uri);
    private static final long SHUTDOWN_WAIT_MILLIS = 30_000;

    private final Clock clock;
    private final ContactFile file;
    /** Durable contacts, what readers see; lists ordered by expiry then URI. */
    private final Map<String, List<Contact>> stored = new ConcurrentHashMap<>();
    /**
     * Each AoR's newest list while its write is on the way to disk; written only by the AoR's update thread,
     * cleared by the writer when that very list (by identity) is durable.
     */
    private final Map<String, List<Contact>> pending = new ConcurrentHashMap<>();
    private final List<ContactListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService[] updaters;
    private final GroupCommitWriter writer;
    private final ExecutorService acknowledgements = Executors.newSingleThreadExecutor(new NamedThreads("ack", false));
    private final ExecutorService events = Executors.newSingleThreadExecutor(new NamedThreads("events", false));
    private final ScheduledExecutorService expiryTicks =
            Executors.newSingleThreadScheduledExecutor(new NamedThreads("expiry", false));
    private final ContactExpiryTask expiry;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    @Activate
    public MvStoreLocationStore(BundleContext context) {
        this(defaultFile(context.getProperty("karaf.data")), true, Clock.systemUTC());
    }

    /**
     * @param fsync true in service; false only to measure what fsync costs, and to show that a commit alone
     *        survives the process dying (see {@link ContactFile})
     */
    MvStoreLocationStore(Path path, boolean fsync, Clock clock) {
        this.clock = clock;
        this.file = ContactFile.open(path, fsync);
        this.expiry = new ContactExpiryTask(this, clock, MAX_EXPIRIES_PER_TICK);
        try {
            // contacts that lapsed while the server was down are dropped here, and no listener hears of them
            file.load(clock.instant()).forEach((aor, contacts) -> {
                List<Contact> ordered = ordered(contacts);
                stored.put(aor, ordered);
                expiry.track(aor, ordered);
            });
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        int threads = Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors()));
        NamedThreads updateThreads = new NamedThreads("update", true);
        updaters = new ExecutorService[threads];
        for (int i = 0; i < threads; i++) {
            updaters[i] = Executors.newSingleThreadExecutor(updateThreads);
        }
        writer = new GroupCommitWriter(file, new Publisher());
        expiryTicks.scheduleAtFixedRate(expiry, EXPIRY_TICK_MILLIS, EXPIRY_TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Location store {}: {} contacts of {} AoRs loaded{}", file, count(), stored.size(),
                fsync ? "" : " (fsync off: acknowledged contacts survive the server dying, not the machine)");
    }

    static Path defaultFile(String karafData) {
        return Path.of(karafData == null ? "data" : karafData, "asterism", "location.mv.db");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContactListener(ContactListener listener) {
        listeners.add(listener);
    }

    void removeContactListener(ContactListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<Contact> contacts(String aor) {
        List<Contact> contacts = stored.get(aor);
        if (contacts == null) {
            return List.of();
        }
        Instant now = clock.instant();
        // ordered by expiry: if the first has not expired, none has
        return contacts.get(0).expired(now) ? unexpired(contacts, now) : contacts;
    }

    @Override
    public List<Contact> all() {
        Instant now = clock.instant();
        List<String> aors = new ArrayList<>(stored.keySet());
        Collections.sort(aors);
        List<Contact> all = new ArrayList<>();
        for (String aor : aors) {
            List<Contact> contacts = new ArrayList<>(unexpired(stored.getOrDefault(aor, List.of()), now));
            contacts.sort(Comparator.comparing(Contact::uri));
            all.addAll(contacts);
        }
        return Collections.unmodifiableList(all);
    }

    @Override
    public int count() {
        Instant now = clock.instant();
        int count = 0;
        for (List<Contact> contacts : stored.values()) {
            for (Contact c : contacts) {
                if (!c.expired(now)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public CompletionStage<List<Contact>> update(String aor, UnaryOperator<List<Contact>> change) {
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(change, "change");
        CompletableFuture<List<Contact>> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("the location store is closed"));
            return done;
        }
        try {
            updaters[Math.floorMod(aor.hashCode(), updaters.length)].execute(() -> apply(aor, change, done));
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new IllegalStateException("the location store is closed"));
        }
        return done;
    }

    /** On the AoR's update thread. */
    private void apply(String aor, UnaryOperator<List<Contact>> change, CompletableFuture<List<Contact>> done) {
        RuntimeException failed = failure;
        if (failed != null) {
            fail(done, new IllegalStateException("the location store stopped writing after an error: " + failed, failed));
            return;
        }
        List<Contact> newest = pending.get(aor);
        List<Contact> before = newest != null ? newest : stored.getOrDefault(aor, List.of());
        List<Contact> after;
        try {
            after = checked(aor, change.apply(before));
        } catch (Throwable e) {
            fail(done, e);
            return;
        }
        if (!after.equals(before)) {
            pending.put(aor, after);
        }
        writer.submit(new Write(aor, before, after, done));
    }

    /**
     * The change's result as stored: every contact of this AoR, URIs unique, ordered; always a new list object,
     * so that {@link #pending} can tell by identity whether a durable list is still the newest.
     */
    private static List<Contact> checked(String aor, List<Contact> contacts) {
        Objects.requireNonNull(contacts, "a contact change returned null instead of a list");
        Set<String> uris = new HashSet<>();
        for (Contact c : contacts) {
            if (!c.aor().equals(aor)) {
                throw new IllegalArgumentException("contact " + c.uri() + " belongs to AoR '" + c.aor() + "', not '" + aor + "'");
            }
            if (!uris.add(c.uri())) {
                throw new IllegalArgumentException("AoR '" + aor + "' would have contact " + c.uri() + " twice");
            }
        }
        return ordered(contacts);
    }

    private static List<Contact> ordered(List<Contact> contacts) {
        List<Contact> copy = new ArrayList<>(contacts);
        copy.sort(BY_EXPIRY_THEN_URI);
        return Collections.unmodifiableList(copy);
    }

    private static List<Contact> unexpired(List<Contact> contacts, Instant now) {
        return contacts.stream().filter(c -> !c.expired(now)).toList();
    }

    /** What the writer reports, on its thread: publish, then acknowledge and tell off that thread. */
    private final class Publisher implements GroupCommitWriter.Outcome {

        /** On the writer thread, once the batch is durable: publish, then acknowledge and tell, off this thread. */
        @Override
        public void stored(List<Write> batch) {
            List<Write> changes = new ArrayList<>();
            for (Write w : batch) {
                if (w.changes()) {
                    if (w.after().isEmpty()) {
                        stored.remove(w.aor());
                    } else {
                        stored.put(w.aor(), w.after());
                    }
                    pending.computeIfPresent(w.aor(), (aor, newest) -> newest == w.after() ? null : newest);
                    expiry.track(w.aor(), w.after());
                    changes.add(w);
                }
            }
            acknowledgements.execute(() -> batch.forEach(w -> w.done().complete(w.after())));
            if (!changes.isEmpty()) {
                events.execute(() -> changes.forEach(MvStoreLocationStore.this::tell));
            }
        }

        /**
         * On the writer thread: the commit failed and MVStore has closed the file. Readers keep the durable contacts;
         * every later update fails until the store is started again (restart the bundle), which reopens the file at its
         * last good version.
         */
        @Override
        public void failed(List<Write> batch, RuntimeException cause) {
            if (failure == null) {
                failure = cause;
                LOG.error("Location store {}: contacts could not be written; no REGISTER can be stored until the "
                        + "location bundle is restarted", file, cause);
            }
            IllegalStateException refused = new IllegalStateException("contacts could not be stored: " + cause, cause);
            acknowledgements.execute(() -> batch.forEach(w -> w.done().completeExceptionally(refused)));
        }
    }

    private void fail(CompletableFuture<List<Contact>> done, Throwable cause) {
        try {
            acknowledgements.execute(() -> done.completeExceptionally(cause));
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(cause);
        }
    }

    private void tell(Write w) {
        for (ContactListener listener : listeners) {
            try {
                listener.contactsChanged(w.aor(), w.before(), w.after());
            } catch (RuntimeException e) {
                LOG.warn("Contact listener {} failed on a change of AoR '{}'", listener, w.aor(), e);
            }
        }
    }

    /** Stores every update accepted so far, then closes the file. */
    @Deactivate
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdown(expiryTicks, "expiry");
        for (ExecutorService updater : updaters) {
            updater.shutdown();
        }
        for (ExecutorService updater : updaters) {
            shutdown(updater, "update");
        }
        if (!writer.stop(SHUTDOWN_WAIT_MILLIS)) {
            LOG.warn("Location store {}: the writer did not finish in {} ms; closing the file anyway", file, SHUTDOWN_WAIT_MILLIS);
        }
        shutdown(acknowledgements, "ack");
        shutdown(events, "events");
        file.close();
        LOG.info("Location store {} closed", file);
    }

    private void shutdown(ExecutorService executor, String role) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("Location store: the {} thread did not finish in {} ms", role, SHUTDOWN_WAIT_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
