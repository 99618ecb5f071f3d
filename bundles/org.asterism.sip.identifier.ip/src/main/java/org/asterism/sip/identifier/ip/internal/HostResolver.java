package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the host names of identifies' {@code match} on its own executor, never on a SIP or configuration
 * thread: when asked (a load or reload) and again periodically. The identifiers only ever use the addresses
 * resolved so far ({@link #addresses}), so a slow or dead DNS server delays nothing.
 *
 * <p>As in Asterisk, with {@code srv_lookups=yes} and no port after the name, the SRV records {@code _sip._udp},
 * {@code _sip._tcp} and {@code _sips._tcp} of the name are looked up first and their targets resolved; if that
 * yields nothing, the name itself is resolved (A and AAAA). A name that resolves to nothing is logged once per
 * identify with Asterisk's warning, and again only after it resolved in between. When a periodic refresh fails
 * for a name that resolved before, its last addresses are kept: a DNS outage must not cut a trunk off.
 */
public final class HostResolver {

    /** Resolves a name to its addresses (A and AAAA). */
    @FunctionalInterface
    public interface AddressLookup {
        List<InetAddress> lookup(String host) throws UnknownHostException;
    }

    /** The target host names of a service's SRV records ("_sip._udp.example.com"); empty when there are none. */
    @FunctionalInterface
    public interface SrvLookup {
        List<String> targets(String service);
    }

    /** What to resolve: a name, and whether to try SRV first. The port does not change the lookup. */
    record Query(String name, boolean srv) {
    }

    static final List<String> SRV_PREFIXES = List.of("_sip._udp.", "_sip._tcp.", "_sips._tcp.");

    private static final Logger LOG = LoggerFactory.getLogger(HostResolver.class);

    private final ScheduledExecutorService executor;
    private final AddressLookup addresses;
    private final SrvLookup srv;
    private final Runnable changed;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Set<String> warned = new HashSet<>(); // "identify\0host" already reported; resolver thread only
    private volatile List<Identify> wanted = List.of();
    private volatile Map<Query, List<InetAddress>> resolved = Map.of();

    /**
     * @param executor where lookups run; one thread is enough
     * @param changed run on the executor after a round of lookups changed what {@link #addresses} answers
     */
    public HostResolver(ScheduledExecutorService executor, AddressLookup addresses, SrvLookup srv, Runnable changed) {
        this.executor = executor;
        this.addresses = addresses;
        this.srv = srv;
        this.changed = changed;
    }

    /** Resolves every host name of these identifies soon, on the executor; rounds asked for meanwhile merge. */
    public void resolve(List<Identify> identifies) {
        wanted = List.copyOf(identifies);
        if (pending.compareAndSet(false, true)) {
            try {
                executor.execute(this::round);
            } catch (RejectedExecutionException e) {
                pending.set(false); // shutting down
            }
        }
    }

    /** Resolves the names again every {@code period}. */
    public void refreshEvery(Duration period) {
        executor.scheduleWithFixedDelay(() -> resolve(wanted), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The addresses of a host name as resolved so far, empty if it has not (yet) resolved. */
    public List<InetAddress> addresses(HostName host, boolean srvLookups) {
        return resolved.getOrDefault(query(host, srvLookups), List.of());
    }

    private static Query query(HostName host, boolean srvLookups) {
        return new Query(host.name(), srvLookups && host.port() == 0);
    }

    private void round() {
        pending.set(false);
        List<Identify> identifies = wanted;
        Map<Query, List<InetAddress>> previous = resolved;
        Map<Query, List<InetAddress>> next = new LinkedHashMap<>();
        Map<Query, List<InetAddress>> fresh = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Identify identify : identifies) {
            for (HostName host : identify.match().hosts()) {
                Query query = query(host, identify.srvLookups());
                List<InetAddress> found = fresh.computeIfAbsent(query, this::lookup);
                String key = identify.id() + '\0' + host.text();
                keys.add(key);
                if (found.isEmpty()) {
                    List<InetAddress> kept = previous.getOrDefault(query, List.of());
                    if (warned.add(key)) {
                        LOG.warn("Identify '{}' provided address '{}' did not resolve to any address{}", identify.id(), host.text(),
                                kept.isEmpty() ? "" : "; keeping the " + kept.size() + " address(es) it had");
                    }
                    found = kept;
                } else {
                    warned.remove(key);
                }
                next.put(query, found);
            }
        }
        warned.retainAll(keys);
        if (!next.equals(previous)) {
            resolved = Map.copyOf(next);
            changed.run();
        }
    }

    private List<InetAddress> lookup(Query query) {
        Set<InetAddress> found = new LinkedHashSet<>();
        if (query.srv()) {
            for (String prefix : SRV_PREFIXES) {
                for (String target : srv.targets(prefix + query.name())) {
                    found.addAll(quietly(target));
                }
            }
        }
        if (found.isEmpty()) {
            found.addAll(quietly(query.name()));
        }
        return List.copyOf(found);
    }

    private List<InetAddress> quietly(String host) {
        try {
            return new ArrayList<>(addresses.lookup(host));
        } catch (UnknownHostException | RuntimeException e) {
            LOG.debug("Could not resolve '{}': {}", host, e.toString());
            return List.of();
        }
    }
}
