package org.asterism.sip.location.internal;

import static org.asterism.sip.location.internal.Fixtures.contact;
import static org.asterism.sip.location.internal.Fixtures.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.asterism.sip.location.internal.Fixtures.MovableClock;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ContactExpiryTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private MvStoreLocationStore store;

    @After
    public void close() {
        if (store != null) {
            store.close();
        }
    }

    private record Heard(Instant at, String aor, List<Contact> before, List<Contact> after) {
    }

    @Test
    public void anExpiredContactIsRemovedWithinASecondAndAHalfAndListenersAreTold() throws Exception {
        Path file = folder.getRoot().toPath().resolve("location.mv.db");
        store = new MvStoreLocationStore(file, true, Clock.systemUTC());
        List<Heard> heard = new CopyOnWriteArrayList<>();
        store.addContactListener((aor, before, after) -> heard.add(new Heard(Instant.now(), aor, before, after)));

        Instant now = Instant.now();
        Contact lapsing = contact("alice", "sip:alice@192.0.2.10", now.plusMillis(1000));
        Contact staying = contact("alice", "sip:alice@192.0.2.11", now.plusSeconds(3600));
        // refreshed before it lapses: must not be removed at its first expiry
        Contact refreshed = contact("bob", "sip:bob@192.0.2.20", now.plusMillis(1000));
        store.update("alice", before -> List.of(lapsing, staying)).toCompletableFuture().join();
        store.update("bob", before -> List.of(refreshed)).toCompletableFuture().join();
        store.update("bob", before -> List.of(contact("bob", refreshed.uri(), now.plusSeconds(3600))))
                .toCompletableFuture().join();

        waitFor(Duration.ofSeconds(10), () -> heard.stream().anyMatch(h -> h.aor().equals("alice") && h.after().size() == 1),
                "alice's lapsed contact is removed");
        Heard removal = heard.stream().filter(h -> h.aor().equals("alice") && h.after().size() == 1).findFirst().get();
        Duration late = Duration.between(lapsing.expiresAt(), removal.at());
        System.out.println("Expired contact removed " + late.toMillis() + " ms after its expiry");
        assertTrue("removed " + late.toMillis() + " ms after expiry", late.compareTo(Duration.ofMillis(1500)) <= 0);
        assertEquals(List.of(lapsing, staying), removal.before());
        assertEquals(List.of(staying), removal.after());
        assertEquals(List.of(staying), store.contacts("alice"));

        assertEquals(1, store.contacts("bob").size());
        assertEquals("bob was only registered and refreshed", 2, heard.stream().filter(h -> h.aor().equals("bob")).count());
        assertEquals(2, store.count());
    }

    @Test
    public void aTickStartsABoundedNumberOfRemovalsAndTheRestFollowOnLaterTicks() {
        Instant t0 = Instant.parse("2025-06-01T08:00:00Z");
        MovableClock clock = new MovableClock(t0);
        List<String> asked = new ArrayList<>();
        List<CompletableFuture<List<Contact>>> stages = new ArrayList<>();
        LocationStore recording = new LocationStore() {
            @Override
            public CompletionStage<List<Contact>> update(String aor, UnaryOperator<List<Contact>> change) {
                asked.add(aor);
                CompletableFuture<List<Contact>> stage = new CompletableFuture<>();
                stages.add(stage);
                return stage;
            }

            @Override
            public List<Contact> contacts(String aor) {
                return List.of();
            }

            @Override
            public List<Contact> all() {
                return List.of();
            }

            @Override
            public int count() {
                return 0;
            }
        };
        ContactExpiryTask task = new ContactExpiryTask(recording, clock, 100);
        for (int i = 0; i < 250; i++) {
            String aor = String.format("aor%03d", i);
            task.track(aor, List.of(contact(aor, "sip:x@y", t0.plusSeconds(1 + i % 2))));
        }
        task.track("later", List.of(contact("later", "sip:x@y", t0.plusSeconds(60))));

        task.run();
        assertEquals("nothing is due yet", 0, asked.size());
        clock.advance(Duration.ofSeconds(2));
        task.run();
        assertEquals(100, asked.size());
        task.run();
        assertEquals("removals in flight are not asked again; the next 100 are", 200, asked.size());
        task.run();
        assertEquals(250, asked.size());
        task.run();
        assertEquals(250, asked.size());
        assertTrue(!asked.contains("later"));

        // once a removal is stored, the AoR is tracked again from its new contacts
        stages.get(0).complete(List.of());
        task.track(asked.get(0), List.of());
        assertEquals(250, task.tracked());
    }
}
