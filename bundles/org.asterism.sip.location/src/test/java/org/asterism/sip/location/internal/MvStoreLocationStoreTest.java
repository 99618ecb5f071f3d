package org.asterism.sip.location.internal;

import static org.asterism.sip.location.internal.Fixtures.contact;
import static org.asterism.sip.location.internal.Fixtures.everyField;
import static org.asterism.sip.location.internal.Fixtures.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.ContactListener;
import org.asterism.sip.location.internal.Fixtures.MovableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MvStoreLocationStoreTest {

    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final MovableClock clock = new MovableClock(T0);
    private final List<MvStoreLocationStore> opened = new ArrayList<>();
    private Path file;

    /** Every change a listener heard, as "aor: before uris -> after uris". */
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ContactListener recorder = (aor, before, after) -> heard.add(aor + ": " + uris(before) + " -> " + uris(after));

    @Before
    public void setUp() throws Exception {
        file = folder.getRoot().toPath().resolve("asterism").resolve("location.mv.db");
    }

    @After
    public void closeAll() {
        opened.forEach(MvStoreLocationStore::close);
    }

    private MvStoreLocationStore open(boolean fsync) {
        MvStoreLocationStore store = new MvStoreLocationStore(file, fsync, clock);
        opened.add(store);
        return store;
    }

    private static List<Contact> put(MvStoreLocationStore store, Contact... contacts) {
        return store.update(contacts[0].aor(), before -> List.of(contacts)).toCompletableFuture().join();
    }

    private static List<String> uris(List<Contact> contacts) {
        return contacts.stream().map(Contact::uri).toList();
    }

    private static List<Contact> with(List<Contact> contacts, Contact added) {
        List<Contact> next = new ArrayList<>(contacts);
        next.add(added);
        return next;
    }

    @Test
    public void contactsComeBackWithEveryFieldAfterARestartAndThoseThatExpiredWhileDownAreGone() throws Exception {
        MvStoreLocationStore store = open(true);
        Contact alicePhone = everyField("alice", "sip:alice@[2001:db8::10]:5062", T0.plusSeconds(3600));
        Contact aliceDesk = contact("alice", "sip:alice@192.0.2.20:5060", T0.plusSeconds(60));
        Contact bob = contact("bob", "sip:bob@192.0.2.30:5060", T0.plusSeconds(30));
        put(store, alicePhone, aliceDesk);
        put(store, bob);
        assertEquals(3, store.count());
        store.close();

        // down for two minutes: bob's and alice's desk phone's registrations lapsed meanwhile
        clock.advance(Duration.ofSeconds(120));
        MvStoreLocationStore reopened = open(true);
        reopened.addContactListener(recorder);
        assertEquals(List.of(alicePhone), reopened.contacts("alice"));
        assertEquals(List.of(), reopened.contacts("bob"));
        assertEquals(1, reopened.count());
        assertEquals(List.of(alicePhone), reopened.all());

        // nobody was told about the contacts dropped at start: the first thing heard is this change
        put(reopened, contact("carol", "sip:carol@192.0.2.40", T0.plusSeconds(3600)));
        waitFor(WAIT, () -> !heard.isEmpty(), "the listener hears carol's registration");
        assertEquals(List.of("carol: [] -> [sip:carol@192.0.2.40]"), heard);
        reopened.close();

        // they were removed from the file, not just hidden: with the clock back, they still do not return
        clock.set(T0);
        MvStoreLocationStore third = open(true);
        assertEquals(List.of(), third.contacts("bob"));
        assertEquals(List.of(alicePhone), third.contacts("alice"));
    }

    @Test
    public void contactsAreOrderedByExpiryThenUriAndAllByAorThenUri() {
        MvStoreLocationStore store = open(false);
        Contact late = contact("alice", "sip:a@late", T0.plusSeconds(300));
        Contact earlyB = contact("alice", "sip:b@early", T0.plusSeconds(100));
        Contact earlyA = contact("alice", "sip:a@early", T0.plusSeconds(100));
        Contact bob = contact("bob", "sip:bob@x", T0.plusSeconds(50));
        List<Contact> stored = put(store, late, earlyB, earlyA);
        put(store, bob);
        assertEquals(List.of(earlyA, earlyB, late), stored);
        assertEquals(List.of(earlyA, earlyB, late), store.contacts("alice"));
        assertEquals(List.of(earlyA, late, earlyB, bob), store.all());
    }

    @Test
    public void anExpiredContactIsNeverReadEvenBeforeItIsRemoved() {
        MvStoreLocationStore store = open(false);
        Contact soon = contact("alice", "sip:a@soon", T0.plusSeconds(10));
        Contact later = contact("alice", "sip:a@later", T0.plusSeconds(100));
        put(store, soon, later);
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(later), store.contacts("alice"));
        assertEquals(List.of(later), store.all());
        assertEquals(1, store.count());
    }

    @Test
    public void eightThreadsAddingToOneAorLoseNoContact() throws Exception {
        MvStoreLocationStore store = open(true);
        List<CompletableFuture<List<Contact>>> stages = addConcurrently(store, t -> "alice", 8, 500);
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertEquals(4000, store.contacts("alice").size());
        assertEquals(4000, store.count());
        // each update saw the one before: the stage results grew one contact at a time, every size exactly once
        Set<Integer> sizes = stages.stream().map(s -> s.join().size()).collect(Collectors.toSet());
        assertEquals(4000, sizes.size());
        store.close();
        assertEquals(4000, open(false).contacts("alice").size());
    }

    @Test
    public void differentAorsAreUpdatedInParallel() throws Exception {
        MvStoreLocationStore store = open(true);
        List<CompletableFuture<List<Contact>>> stages = addConcurrently(store, t -> "aor" + t, 8, 500);
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (int t = 0; t < 8; t++) {
            assertEquals(500, store.contacts("aor" + t).size());
        }
        assertEquals(4000, store.count());

        // while one AoR's change is stuck, other AoRs' updates still complete
        CountDownLatch stuck = new CountDownLatch(1);
        CompletableFuture<List<Contact>> slow = store.update("slow", before -> {
            await(stuck);
            return List.of(contact("slow", "sip:slow@x", T0.plusSeconds(60)));
        }).toCompletableFuture();
        List<CompletableFuture<List<Contact>>> others = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Contact c = contact("other" + i, "sip:other@x", T0.plusSeconds(60));
            others.add(store.update(c.aor(), before -> List.of(c)).toCompletableFuture());
        }
        CompletableFuture.anyOf(others.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertTrue("the stuck AoR is still waiting", !slow.isDone());
        stuck.countDown();
        assertEquals(1, slow.get(30, TimeUnit.SECONDS).size());
    }

    private static List<CompletableFuture<List<Contact>>> addConcurrently(MvStoreLocationStore store,
            java.util.function.IntFunction<String> aorOfThread, int threads, int perThread) throws Exception {
        List<CompletableFuture<List<Contact>>> stages = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread caller = new Thread(() -> {
                await(start);
                String aor = aorOfThread.apply(thread);
                for (int i = 0; i < perThread; i++) {
                    Contact c = contact(aor, "sip:t" + thread + "n" + i + "@192.0.2.1", T0.plusSeconds(3600));
                    stages.add(store.update(aor, before -> with(before, c)).toCompletableFuture());
                }
            }, "sip-caller-" + t);
            caller.start();
            callers.add(caller);
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join(60_000);
        }
        assertEquals(threads * perThread, stages.size());
        return stages;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    public void aFailingListenerIsLoggedAndTheOthersAndTheCallerAreNotAffected() throws Exception {
        MvStoreLocationStore store = open(false);
        store.addContactListener((aor, before, after) -> {
            throw new IllegalStateException("listener bug");
        });
        store.addContactListener(recorder);
        List<Contact> stored = put(store, contact("alice", "sip:a@x", T0.plusSeconds(60)));
        assertEquals(1, stored.size());
        waitFor(WAIT, () -> heard.size() == 1, "the second listener hears the change");
        assertEquals("alice: [] -> [sip:a@x]", heard.get(0));
    }

    @Test
    public void listenersHearAddRefreshAndRemoveInOrderWithBeforeAndAfter() throws Exception {
        MvStoreLocationStore store = open(false);
        store.addContactListener(recorder);
        Contact first = contact("alice", "sip:a@x", T0.plusSeconds(60));
        put(store, first);
        put(store, contact("alice", "sip:a@x", T0.plusSeconds(120)));
        store.update("alice", before -> List.of()).toCompletableFuture().join();
        waitFor(WAIT, () -> heard.size() == 3, "three changes heard");
        assertEquals(List.of("alice: [] -> [sip:a@x]", "alice: [sip:a@x] -> [sip:a@x]", "alice: [sip:a@x] -> []"), heard);
        assertEquals(0, store.count());
    }

    @Test
    public void aListenerMayUpdateTheSameAorAndWaitForItWithoutDeadlock() throws Exception {
        MvStoreLocationStore store = open(false);
        List<String> outcome = new CopyOnWriteArrayList<>();
        store.addContactListener((aor, before, after) -> {
            if (before.isEmpty() && !after.isEmpty()) {
                // as a qualify module might: write back to the AoR it was told about, and wait for it
                Contact marked = contact(aor, "sip:second@x", T0.plusSeconds(60));
                try {
                    List<Contact> now = store.update(aor, current -> with(current, marked)).toCompletableFuture()
                            .get(10, TimeUnit.SECONDS);
                    outcome.add("stored " + now.size());
                } catch (Exception e) {
                    outcome.add("failed " + e);
                }
            }
        });
        put(store, contact("alice", "sip:first@x", T0.plusSeconds(60)));
        waitFor(WAIT, () -> !outcome.isEmpty(), "the listener's own update completes");
        assertEquals(List.of("stored 2"), outcome);
    }

    @Test
    public void anUnchangedListStoresNothingAndTellsNoOne() throws Exception {
        MvStoreLocationStore store = open(false);
        store.addContactListener(recorder);
        Contact c = contact("alice", "sip:a@x", T0.plusSeconds(60));
        put(store, c);
        assertEquals(List.of(c), store.update("alice", before -> before).toCompletableFuture().join());
        put(store, contact("bob", "sip:b@x", T0.plusSeconds(60)));
        waitFor(WAIT, () -> heard.size() == 2, "alice's and bob's registrations heard");
        assertEquals(List.of("alice: [] -> [sip:a@x]", "bob: [] -> [sip:b@x]"), heard);
    }

    @Test
    public void aChangeThatThrowsOrReturnsWrongContactsFailsItsStageAndChangesNothing() {
        MvStoreLocationStore store = open(false);
        Contact c = contact("alice", "sip:a@x", T0.plusSeconds(60));
        put(store, c);
        assertFails(store.update("alice", before -> {
            throw new IllegalStateException("registrar bug");
        }).toCompletableFuture(), IllegalStateException.class);
        assertFails(store.update("alice", before -> List.of(contact("bob", "sip:b@x", T0.plusSeconds(60))))
                .toCompletableFuture(), IllegalArgumentException.class);
        assertFails(store.update("alice", before -> List.of(c, contact("alice", "sip:a@x", T0.plusSeconds(90))))
                .toCompletableFuture(), IllegalArgumentException.class);
        assertFails(store.update("alice", before -> null).toCompletableFuture(), NullPointerException.class);
        assertEquals(List.of(c), store.contacts("alice"));
    }

    @Test
    public void theChangeRunsOnTheStoresThreadNotTheCallers() {
        MvStoreLocationStore store = open(false);
        List<String> threads = new CopyOnWriteArrayList<>();
        store.update("alice", before -> {
            threads.add(Thread.currentThread().getName());
            return before;
        }).toCompletableFuture().join();
        assertTrue(threads.toString(), threads.get(0).startsWith("asterism-location-update-"));
    }

    @Test
    public void afterCloseUpdatesAreRefused() {
        MvStoreLocationStore store = open(false);
        store.close();
        assertFails(store.update("alice", before -> before).toCompletableFuture(), IllegalStateException.class);
    }

    @Test
    public void theFileIsInKarafDataOrElseInData() {
        assertEquals(Path.of("/srv/karaf/data/asterism/location.mv.db"), MvStoreLocationStore.defaultFile("/srv/karaf/data"));
        assertEquals(Path.of("data/asterism/location.mv.db"), MvStoreLocationStore.defaultFile(null));
    }

    private static void assertFails(CompletableFuture<?> stage, Class<? extends Throwable> cause) {
        CompletionException e = assertThrows(CompletionException.class, stage::join);
        assertTrue("expected " + cause.getSimpleName() + " but was " + e.getCause(), cause.isInstance(e.getCause()));
    }
}
