package org.asterism.sip.location.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes contacts when they expire, through {@link LocationStore#update} like any other change, so the removal is
 * durable and listeners hear it. Keeps each AoR once in a queue ordered by the AoR's earliest expiry; each tick
 * looks only at the head of that queue, and starts at most {@code maxPerTick} removals (the rest wait a tick), so
 * a tick costs nothing when nothing is due and stays bounded when many contacts lapse at once.
 */
final class ContactExpiryTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ContactExpiryTask.class);

    private record Due(Instant at, String aor) {
    }

    private final LocationStore store;
    private final Clock clock;
    private final int maxPerTick;
    private final ConcurrentSkipListSet<Due> queue =
            new ConcurrentSkipListSet<>(Comparator.comparing(Due::at).thenComparing(Due::aor));
    private final Map<String, Instant> earliest = new ConcurrentHashMap<>();
    private final Set<String> removing = ConcurrentHashMap.newKeySet();

    ContactExpiryTask(LocationStore store, Clock clock, int maxPerTick) {
        this.store = store;
        this.clock = clock;
        this.maxPerTick = maxPerTick;
    }

    /**
     * An AoR's contacts as now stored, ordered by {@code expiresAt}. Called by one thread at a time (the loader,
     * then the writer), in the order the lists were stored.
     */
    void track(String aor, List<Contact> contacts) {
        Instant first = contacts.isEmpty() ? null : contacts.get(0).expiresAt();
        Instant before = first == null ? earliest.remove(aor) : earliest.put(aor, first);
        if (first != null && !first.equals(before)) {
            queue.add(new Due(first, aor));
        }
        if (before != null && !before.equals(first)) {
            queue.remove(new Due(before, aor));
        }
    }

    /** AoRs waiting for a contact to expire. */
    int tracked() {
        return earliest.size();
    }

    @Override
    public void run() {
        try {
            Instant now = clock.instant();
            int started = 0;
            for (Due due : queue) {
                if (due.at().isAfter(now) || started >= maxPerTick) {
                    break;
                }
                // an AoR stays due until its removal is stored; do not ask twice meanwhile
                if (removing.add(due.aor())) {
                    started++;
                    store.update(due.aor(), this::unexpired).whenComplete((contacts, failure) -> {
                        removing.remove(due.aor());
                        if (failure != null) {
                            LOG.debug("Expired contacts of AoR '{}' were not removed: {}", due.aor(), failure.toString());
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log and go on ticking
            LOG.warn("Contact expiry tick failed", e);
        }
    }

    private List<Contact> unexpired(List<Contact> contacts) {
        Instant now = clock.instant();
        return contacts.stream().filter(c -> !c.expired(now)).toList();
    }
}
