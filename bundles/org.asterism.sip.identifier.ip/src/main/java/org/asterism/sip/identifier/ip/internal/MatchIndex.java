package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sip.message.Request;

import org.asterism.sip.api.config.HostText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identifies in force with their address rules, host names already resolved: an immutable snapshot that
 * identification reads without locks while a new one is being built.
 *
 * <p>Matching follows Asterisk: identifies are tried in the order of their ids (sorcery returns them sorted by
 * id, whatever the order in pjsip.conf), and the first one that matches wins, however specific another one's
 * network is. Within one identify, its rules apply in order and the last rule covering the address decides.
 * Addresses resolved from host names come after the written addresses, and an address a rule already covers is
 * not added again. Because the first identify wins, two identifies of different endpoints whose networks overlap
 * are a configuration mistake ({@link #overlaps()}).
 */
public final class MatchIndex {

    /** The addresses resolved so far for a host name of an identify. */
    @FunctionalInterface
    public interface ResolvedAddresses {
        List<InetAddress> addresses(HostName host, boolean srvLookups);
    }

    /** One identify and all its address rules: the written ones, then those resolved from host names. */
    public record Entry(Identify identify, List<AddressRule> rules) {

        public Entry {
            rules = List.copyOf(rules);
        }

        /** Whether a packet from this address and port matches, as {@code ast_apply_ha} decides it. */
        public boolean matchesSource(InetAddress address, int port) {
            return decides(rules, address, port);
        }
    }

    /**
     * Two identifies of different endpoints that both match some source addresses; the first, earlier by id,
     * identifies them.
     */
    public record Overlap(Entry first, AddressRule firstRule, Entry second, AddressRule secondRule) {

        public String describe() {
            return "Identify '" + first.identify().id() + "' (endpoint '" + first.identify().endpoint() + "') match "
                    + firstRule.text() + " overlaps identify '" + second.identify().id() + "' (endpoint '"
                    + second.identify().endpoint() + "') match " + secondRule.text() + "; requests from the overlap are "
                    + "identified as endpoint '" + first.identify().endpoint() + "', because identifies are tried in "
                    + "order of their names and the first match wins";
        }
    }

    public static final MatchIndex EMPTY = new MatchIndex(List.of());

    private static final Logger LOG = LoggerFactory.getLogger(MatchIndex.class);

    private final List<Entry> entries;

    private MatchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static MatchIndex build(List<Identify> identifies, ResolvedAddresses resolved) {
        List<Entry> entries = new ArrayList<>();
        for (Identify identify : identifies) {
            List<AddressRule> rules = new ArrayList<>(identify.match().addresses());
            for (HostName host : identify.match().hosts()) {
                for (InetAddress address : resolved.addresses(host, identify.srvLookups())) {
                    if (!decides(rules, address, host.port())) {
                        rules.add(AddressRule.host(address, host.port()));
                    }
                }
            }
            entries.add(new Entry(identify, rules));
        }
        entries.sort(Comparator.comparing(entry -> entry.identify().id()));
        return new MatchIndex(entries);
    }

    /** Every identify, in the order they are tried (by id). */
    public List<Entry> entries() {
        return entries;
    }

    /** The first identify whose {@code match} covers the packet's source address. */
    public Optional<Entry> bySource(InetSocketAddress source) {
        InetAddress address = source.getAddress();
        if (address == null || noneToTry()) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            if (entry.matchesSource(address, source.getPort())) {
                LOG.debug("Source address {} matches identify '{}'", HostText.hostPort(source), entry.identify().id());
                return Optional.of(entry);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("Source address {} does not match identify '{}'", HostText.hostPort(source), entry.identify().id());
            }
        }
        return Optional.empty();
    }

    /** The first identify whose {@code match_header} the request carries. */
    public Optional<Entry> byHeader(Request request) {
        if (noneToTry()) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            Optional<HeaderMatch> header = entry.identify().matchHeader();
            if (header.isEmpty()) {
                continue;
            }
            if (header.get().matches(request)) {
                return Optional.of(entry);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug(header.get().present(request) ? "Identify '{}': SIP message has '{}' header but no value matches '{}'"
                        : "Identify '{}': SIP message does not have '{}' header", entry.identify().id(), header.get().name(),
                        header.get().value());
            }
        }
        return Optional.empty();
    }

    /** The first identify whose {@code match_request_uri} the request URI matches. */
    public Optional<Entry> byRequestUri(Request request) {
        if (noneToTry()) {
            return Optional.empty();
        }
        String uri = request.getRequestURI().toString().trim();
        for (Entry entry : entries) {
            Optional<TextMatch> wanted = entry.identify().matchRequestUri();
            if (wanted.isEmpty()) {
                continue;
            }
            if (wanted.get().matches(uri)) {
                return Optional.of(entry);
            }
            LOG.debug("Identify '{}': request URI does not match '{}' (value='{}')", entry.identify().id(), wanted.get(), uri);
        }
        return Optional.empty();
    }

    /**
     * Pairs of identifies of different endpoints that both match some source: for each pair, the first two
     * rules found overlapping where both identifies really match (a {@code !} carve-out that removes the
     * overlap is no overlap).
     */
    public List<Overlap> overlaps() {
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry first = entries.get(i);
            for (int j = i + 1; j < entries.size(); j++) {
                Entry second = entries.get(j);
                if (!first.identify().endpoint().equals(second.identify().endpoint())) {
                    overlap(first, second).ifPresent(overlaps::add);
                }
            }
        }
        return overlaps;
    }

    private static Optional<Overlap> overlap(Entry first, Entry second) {
        for (AddressRule a : first.rules()) {
            for (AddressRule b : second.rules()) {
                if (!a.negated() && !b.negated() && a.overlaps(b) && bothMatchSomewhere(first, second, a, b)) {
                    return Optional.of(new Overlap(first, a, second, b));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Probes the intersection of two overlapping rules (the narrower network) at its edges and at the edges of
     * every rule of either identify inside it, which is where a carve-out would show.
     */
    private static boolean bothMatchSomewhere(Entry first, Entry second, AddressRule a, AddressRule b) {
        AddressRule narrower = a.network().prefixLength() >= b.network().prefixLength() ? a : b;
        int port = a.port() != 0 ? a.port() : b.port(); // 0: a port no rule names
        Set<InetAddress> probes = new LinkedHashSet<>(List.of(narrower.first(), narrower.last()));
        for (Entry entry : List.of(first, second)) {
            for (AddressRule rule : entry.rules()) {
                if (rule.network().prefixLength() >= narrower.network().prefixLength() && narrower.network().contains(rule.first())) {
                    probes.add(rule.first());
                    probes.add(rule.last());
                }
            }
        }
        for (InetAddress probe : probes) {
            if (first.matchesSource(probe, port) && second.matchesSource(probe, port)) {
                return true;
            }
        }
        return false;
    }

    /** The last rule covering the address decides; none means no match. */
    static boolean decides(List<AddressRule> rules, InetAddress address, int port) {
        boolean matched = false;
        for (AddressRule rule : rules) {
            if (rule.covers(address, port)) {
                matched = !rule.negated();
            }
        }
        return matched;
    }

    private boolean noneToTry() {
        if (entries.isEmpty()) {
            LOG.debug("No identify sections to match against");
            return true;
        }
        return false;
    }
}
