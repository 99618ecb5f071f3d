package org.asterism.sip.identifier.ip.internal;

import static org.asterism.sip.identifier.ip.internal.Requests.literal;
import static org.asterism.sip.identifier.ip.internal.Identifies.identify;
import static org.asterism.sip.identifier.ip.internal.Identifies.index;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

public class MatchIndexTest {

    private static Optional<String> source(MatchIndex index, String host, int port) {
        return index.bySource(new InetSocketAddress(literal(host), port)).map(entry -> entry.identify().id());
    }

    @Test
    public void ipv4SourcesMatchAddressesAndNetworks() {
        MatchIndex index = index(identify("alice", "endpoint=alice", "match=192.0.2.10"),
                identify("bob", "endpoint=bob", "match=198.51.100.0/24,203.0.113.0/255.255.255.128"));
        assertEquals(Optional.of("alice"), source(index, "192.0.2.10", 5060));
        assertEquals(Optional.empty(), source(index, "192.0.2.11", 5060));
        assertEquals(Optional.of("bob"), source(index, "198.51.100.200", 5062));
        assertEquals(Optional.of("bob"), source(index, "203.0.113.127", 5060));
        assertEquals(Optional.empty(), source(index, "203.0.113.128", 5060));
    }

    @Test
    public void ipv6SourcesMatchAndFamiliesStayApart() {
        MatchIndex index = index(identify("v6", "endpoint=v6", "match=2001:db8:1::/48"),
                identify("v4", "endpoint=v4", "match=0.0.0.0/0"));
        assertEquals(Optional.of("v6"), source(index, "2001:db8:1:2::7", 5060));
        assertEquals(Optional.empty(), source(index, "2001:db8:2::7", 5060));
        assertEquals("IPv4 rules apply to IPv4-mapped sources", Optional.of("v4"), source(index, "::ffff:192.0.2.1", 5060));
    }

    @Test
    public void sourcePortsMustMatchWhenGiven() {
        MatchIndex index = index(identify("tls", "endpoint=tls", "match=192.0.2.10:5061,[2001:db8::1]:5061"));
        assertEquals(Optional.of("tls"), source(index, "192.0.2.10", 5061));
        assertEquals(Optional.empty(), source(index, "192.0.2.10", 5060));
        assertEquals(Optional.of("tls"), source(index, "2001:db8::1", 5061));
        assertEquals(Optional.empty(), source(index, "2001:db8::1", 5060));
    }

    @Test
    public void theLastRuleCoveringTheAddressDecides() {
        MatchIndex index = index(identify("office", "endpoint=office", "match=10.0.0.0/8,!10.1.0.0/16,10.1.2.3"));
        assertEquals(Optional.of("office"), source(index, "10.9.9.9", 5060));
        assertEquals(Optional.empty(), source(index, "10.1.9.9", 5060));
        assertEquals(Optional.of("office"), source(index, "10.1.2.3", 5060));
    }

    @Test
    public void theFirstIdentifyByIdWinsNotTheMostSpecific() {
        // written david first, but Asterisk's sorcery returns identifies sorted by id: carol's /8 wins
        MatchIndex index = index(identify("david", "endpoint=david", "match=10.24.16.36"),
                identify("carol", "endpoint=carol", "match=10.0.0.0/8"));
        assertEquals(List.of("carol", "david"), index.entries().stream().map(entry -> entry.identify().id()).toList());
        assertEquals(Optional.of("carol"), source(index, "10.24.16.36", 5060));
    }

    @Test
    public void overlappingIdentifiesOfDifferentEndpointsAreReported() {
        MatchIndex index = index(identify("carol", "endpoint=carol", "match=10.0.0.0/8"),
                identify("david", "endpoint=david", "match=10.24.16.36/32"),
                identify("erin", "endpoint=erin", "match=192.0.2.0/24"));
        List<MatchIndex.Overlap> overlaps = index.overlaps();
        assertEquals(1, overlaps.size());
        String warning = overlaps.get(0).describe();
        assertTrue(warning, warning.startsWith("Identify 'carol' (endpoint 'carol') match 10.0.0.0/8 overlaps identify 'david' "
                + "(endpoint 'david') match 10.24.16.36/32; requests from the overlap are identified as endpoint 'carol'"));
    }

    @Test
    public void overlapsThatCannotHappenAreNotReported() {
        assertEquals("same endpoint", List.of(), index(identify("carol-a", "endpoint=carol", "match=10.0.0.0/8"),
                identify("carol-b", "endpoint=carol", "match=10.24.16.36")).overlaps());
        assertEquals("carved out", List.of(), index(identify("carol", "endpoint=carol", "match=10.0.0.0/8,!10.24.16.36"),
                identify("david", "endpoint=david", "match=10.24.16.36")).overlaps());
        assertEquals("different ports", List.of(), index(identify("carol", "endpoint=carol", "match=10.0.0.0:5060/8"),
                identify("david", "endpoint=david", "match=10.24.16.36:5080")).overlaps());
        assertEquals("different families", List.of(), index(identify("carol", "endpoint=carol", "match=0.0.0.0/0"),
                identify("david", "endpoint=david", "match=::/0")).overlaps());
        assertEquals("ipv6 overlap", 1, index(identify("carol", "endpoint=carol", "match=2001:db8::/32"),
                identify("david", "endpoint=david", "match=2001:db8:5::1")).overlaps().size());
    }

    @Test
    public void resolvedHostAddressesComeAfterTheWrittenOnesWithoutRepeats() {
        MatchIndex index = MatchIndex.build(List.of(identify("trunk", "endpoint=trunk", "match=sbc.example.com:5061,10.0.0.0/8")),
                Identifies.resolved(Map.of("sbc.example.com", List.of(literal("192.0.2.7"), literal("198.51.100.7"), literal("2001:db8::7")))));
        assertEquals(List.of("10.0.0.0/8", "192.0.2.7:5061/32", "198.51.100.7:5061/32", "[2001:db8::7]:5061/128"),
                index.entries().get(0).rules().stream().map(AddressRule::text).toList());
        index = MatchIndex.build(List.of(identify("trunk", "endpoint=trunk", "match=sbc.example.com,192.0.2.0/24")),
                Identifies.resolved(Map.of("sbc.example.com", List.of(literal("192.0.2.7"), literal("198.51.100.7")))));
        assertEquals("an address the written network covers is not added", List.of("192.0.2.0/24", "198.51.100.7/32"),
                index.entries().get(0).rules().stream().map(AddressRule::text).toList());
    }

    @Test
    public void headerOnlyIdentifiesNeverMatchBySource() {
        MatchIndex index = index(identify("h", "endpoint=h", "match_header=X-Account: h"));
        assertEquals(Optional.empty(), source(index, "192.0.2.1", 5060));
        assertEquals(Optional.empty(), MatchIndex.EMPTY.bySource(new InetSocketAddress(literal("192.0.2.1"), 5060)));
    }
}
