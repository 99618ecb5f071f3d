package org.asterism.sip.core.internal.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigListener;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.asterism.sip.api.security.FailedRequestNotice;
import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;
import org.asterism.sip.api.security.SecurityEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports requests that matched no endpoint, as Asterisk's distributor does: the NOTICE "Request 'X' from '...'
 * failed for '...' (callid: ...) - No matching endpoint found" and an InvalidAccountID event.
 *
 * <p>When some endpoint is identified by {@code auth_username}, a phone's first REGISTER cannot be identified
 * until it carries credentials, so a single unidentified request proves nothing: then, as Asterisk, an address is
 * reported only once it sent {@code unidentified_request_count} unidentified requests within
 * {@code unidentified_request_period} seconds, and an identified request from it clears its count.
 */
@Component(service = { UnidentifiedRequests.class, ConfigListener.class })
public class UnidentifiedRequests implements ConfigListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnidentifiedRequests.class);

    /** Counted addresses kept at most, so spoofed sources cannot grow the table without bound. */
    static final int MAX_TRACKED = 100_000;

    private record Settings(boolean counting, int count, long periodMillis, long pruneMillis) {
    }

    private static final class Tally {
        final long firstSeen;
        int count;

        Tally(long firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    private final SecurityEvents events;
    private final Clock clock;
    private final Map<InetAddress, Tally> tallies = new ConcurrentHashMap<>();
    private volatile Settings settings;
    private volatile long lastPrune;

    @Activate
    public UnidentifiedRequests(@Reference ConfigStore config, @Reference SecurityEvents events) {
        this(config, events, Clock.systemUTC());
    }

    UnidentifiedRequests(ConfigStore config, SecurityEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.settings = settingsOf(config);
    }

    @Override
    public void configChanged(ConfigStore store) {
        settings = settingsOf(store);
    }

    private static Settings settingsOf(ConfigStore config) {
        boolean byAuthUsername = config.all(Endpoint.TYPE, Endpoint.class).stream()
                .anyMatch(endpoint -> endpoint.identifyBy().contains("auth_username"));
        GlobalSettings global = config.all(GlobalSettings.TYPE, GlobalSettings.class).stream().findFirst().orElse(null);
        int count = global == null ? 5 : global.unidentifiedRequestCount();
        int period = global == null ? 5 : global.unidentifiedRequestPeriod();
        int prune = global == null ? 30 : global.unidentifiedRequestPruneInterval();
        return new Settings(byAuthUsername, count, period * 1000L, prune * 1000L);
    }

    /** A request that needed an endpoint matched none. */
    public void unidentified(SipRequestContext request) {
        Settings current = settings;
        if (!current.counting()) {
            report(request, "");
            return;
        }
        InetAddress address = request.source().getAddress();
        if (address == null) {
            return;
        }
        long now = clock.millis();
        pruneIfDue(current, now);
        Tally tally = tallies.get(address);
        if (tally == null) {
            if (tallies.size() < MAX_TRACKED) {
                Tally first = new Tally(now);
                first.count = 1;
                if (tallies.putIfAbsent(address, first) == null) {
                    return;
                }
            }
            tally = tallies.get(address);
            if (tally == null) {
                report(request, ""); // the table is full: report as if nothing were counted
                return;
            }
        }
        int count;
        synchronized (tally) {
            count = ++tally.count;
        }
        long elapsed = now - tally.firstSeen;
        if (elapsed < current.periodMillis() && count >= current.count()) {
            report(request, String.format(" after %d tries in %.3f ms", count, (double) elapsed));
        }
    }

    /** A request from this address was identified (or authenticated): it starts from zero again. */
    public void identified(InetSocketAddress source) {
        if (!tallies.isEmpty() && source.getAddress() != null) {
            tallies.remove(source.getAddress());
        }
    }

    private void pruneIfDue(Settings current, long now) {
        if (now - lastPrune < current.pruneMillis()) {
            return;
        }
        lastPrune = now;
        tallies.values().removeIf(tally -> now - tally.firstSeen > current.periodMillis());
    }

    private void report(SipRequestContext request, String tries) {
        LOG.info("{}{}", FailedRequestNotice.text(request, FailedRequestNotice.NO_MATCHING_ENDPOINT), tries);
        if (events.active()) {
            events.report(SecurityEvent.of(SecurityEventType.INVALID_ACCOUNT_ID, request, fromUser(request), Map.of()));
        }
    }

    /** The From URI's user, Asterisk's account id for an unidentified request. */
    private static String fromUser(SipRequestContext request) {
        FromHeader from = (FromHeader) request.request().getHeader(FromHeader.NAME);
        return from != null && from.getAddress().getURI() instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : "";
    }
}
