package org.asterism.sip.core.internal.qualify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.asterism.sip.api.client.ContactStatus;
import org.asterism.sip.api.client.ContactStatus.State;
import org.asterism.sip.api.client.ContactStatusRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact statuses qualify keeps, in memory, as Asterisk's {@code sip_options_contact_statuses}; status changes
 * are logged in Asterisk's words.
 */
@Component(service = { ContactStatusRegistry.class, ContactStatusStore.class })
public class ContactStatusStore implements ContactStatusRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ContactStatusStore.class);

    private final Map<Key, ContactStatus> statuses = new ConcurrentHashMap<>();
    private final Clock clock;

    @Activate
    public ContactStatusStore() {
        this(Clock.systemUTC());
    }

    ContactStatusStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ContactStatus status(String aor, String uri) {
        ContactStatus status = statuses.get(new Key(aor, uri));
        return status != null ? status : ContactStatus.unknown(aor, uri, clock.instant());
    }

    @Override
    public List<ContactStatus> statuses() {
        return statuses.values().stream().sorted(Comparator.comparing(ContactStatus::aor).thenComparing(ContactStatus::uri)).toList();
    }

    /** Starts tracking a contact, as Unknown until its first qualify; no change to one already tracked. */
    void track(String aor, String uri) {
        statuses.computeIfAbsent(new Key(aor, uri), key -> ContactStatus.unknown(aor, uri, clock.instant()));
    }

    /** Records an outcome for a tracked contact, logging a change of state; false if the contact is not tracked. */
    boolean update(String aor, String uri, State state, Duration rtt) {
        Duration kept = state == State.REACHABLE ? rtt : Duration.ZERO;
        ContactStatus[] before = new ContactStatus[1];
        ContactStatus after = statuses.computeIfPresent(new Key(aor, uri), (key, current) -> {
            before[0] = current;
            return new ContactStatus(aor, uri, state, kept, current.state() == state ? current.since() : clock.instant());
        });
        if (after == null) {
            return false;
        }
        if (before[0].state() != state) {
            LOG.info(statusLine(aor, uri, state, kept));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "Contact %s/%s status didn't change: %s, RTT: %.3f msec", aor, uri, state.label(), millis(kept)));
        }
        return true;
    }

    /** Stops tracking a contact that is gone (unregistered, expired, removed from the configuration). */
    void untrack(String aor, String uri) {
        if (statuses.remove(new Key(aor, uri)) != null) {
            LOG.info("Contact {}/{} has been deleted", aor, uri);
        }
    }

    /** Forgets every status silently: qualify is stopping, so nothing is known any more. */
    void clear() {
        statuses.clear();
    }

    /** "Contact 6001/sip:6001@192.0.2.1:5060 is now Reachable.  RTT: 1.234 msec", as pjsip_options.c words it. */
    static String statusLine(String aor, String uri, State state, Duration rtt) {
        return String.format(Locale.ROOT, "Contact %s/%s is now %s.  RTT: %.3f msec", aor, uri, state.label(), millis(rtt));
    }

    private static double millis(Duration rtt) {
        return rtt.toNanos() / 1_000_000.0;
    }

    private record Key(String aor, String uri) {
    }
}
