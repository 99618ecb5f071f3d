package org.asterism.sip.identifier.ip.internal;

import static org.asterism.sip.identifier.ip.internal.Requests.from;
import static org.asterism.sip.identifier.ip.internal.Requests.literal;
import static org.asterism.sip.identifier.ip.internal.Requests.request;
import static org.asterism.sip.identifier.ip.internal.Identifies.identify;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.asterism.sip.api.EndpointIdentifier;
import org.junit.After;
import org.junit.Test;

/**
 * The component as DS runs it, with the resolver on a real thread. Host names are "localhost" only and SRV
 * lookups are a fake: nothing leaves this machine.
 */
public class IdentifyIndexTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<String> srvQueries = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lookupThreads = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch lookupGate = new CountDownLatch(0);

    private final IdentifyIndex index = new IdentifyIndex(executor, this::lookup, service -> {
        srvQueries.add(service);
        return List.of();
    });

    private List<InetAddress> lookup(String name) throws UnknownHostException {
        lookupThreads.add(Thread.currentThread().getName());
        try {
            lookupGate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!name.equals("localhost")) {
            throw new UnknownHostException(name); // never asks a real DNS server
        }
        return List.of(InetAddress.getAllByName(name)); // the hosts file
    }

    @After
    public void stop() {
        index.deactivate();
    }

    /** Waits until every task queued on the resolver's thread so far has run. */
    private void drain() throws Exception {
        executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private List<String> rules(String id) {
        return index.current().entries().stream().filter(entry -> entry.identify().id().equals(id)).findFirst().orElseThrow()
                .rules().stream().map(AddressRule::text).toList();
    }

    @Test
    public void identifiesTheEndpointOfAMatchingSource() {
        MapConfigStore store = new MapConfigStore().endpoint("trunk", "ip")
                .identify(identify("trunk-identify", "endpoint=trunk", "match=192.0.2.0/24,2001:db8::/32"));
        index.configChanged(store);
        EndpointIdentifier identifier = new SourceAddressIdentifier(index, store);
        assertEquals(Optional.of("trunk"), identifier.identify(from("192.0.2.5", 5060)));
        assertEquals(Optional.of("trunk"), identifier.identify(from("2001:db8::5", 5060)));
        assertEquals(Optional.of("trunk"), identifier.identify(from("::ffff:192.0.2.5", 5060)));
        assertEquals(Optional.empty(), identifier.identify(from("198.51.100.5", 5060)));
    }

    @Test
    public void aMissingEndpointIsNoMatch() {
        MapConfigStore store = new MapConfigStore().endpoint("other", "ip")
                .identify(identify("trunk-identify", "endpoint=trunk", "match=192.0.2.0/24"));
        index.configChanged(store);
        assertEquals(Optional.empty(), new SourceAddressIdentifier(index, store).identify(from("192.0.2.5", 5060)));
    }

    @Test
    public void identifyByWithoutIpStillMatchesAsInAsterisk() {
        // Asterisk 13.19/15.2 briefly required "ip" in identify_by; commit 42a61d9db6 (January 2018) made it documentation only
        MapConfigStore store = new MapConfigStore().endpoint("trunk", "username")
                .identify(identify("trunk-identify", "endpoint=trunk", "match=192.0.2.0/24"));
        index.configChanged(store);
        assertEquals(Optional.of("trunk"), new SourceAddressIdentifier(index, store).identify(from("192.0.2.5", 5060)));
    }

    @Test
    public void everyConfigurationChangeSwapsInANewIndex() {
        MapConfigStore first = new MapConfigStore().endpoint("a").identify(identify("a", "endpoint=a", "match=192.0.2.1"));
        index.configChanged(first);
        MatchIndex before = index.current();
        MapConfigStore second = new MapConfigStore().endpoint("b").identify(identify("b", "endpoint=b", "match=192.0.2.1"));
        index.configChanged(second);
        assertNotEquals(before, index.current());
        assertEquals(Optional.of("b"), new SourceAddressIdentifier(index, second).identify(from("192.0.2.1", 5060)));
        assertEquals("the old snapshot is untouched", "a", before.entries().get(0).identify().id());
        index.configChanged(new MapConfigStore());
        assertEquals(List.of(), index.current().entries());
    }

    @Test
    public void headerAndRequestUriIdentifiers() {
        MapConfigStore store = new MapConfigStore().endpoint("by-header").endpoint("by-uri")
                .identify(identify("h", "endpoint=by-header", "match_header=X-Account: /^acct-[[:digit:]]+$/"))
                .identify(identify("u", "endpoint=by-uri", "match_request_uri=sip:did-100@192.0.2.1"));
        index.configChanged(store);
        EndpointIdentifier header = new HeaderIdentifier(index, store);
        EndpointIdentifier uri = new RequestUriIdentifier(index, store);
        assertEquals(Optional.of("by-header"), header.identify(from("198.51.100.1", 5060, "X-Account: acct-42")));
        assertEquals(Optional.empty(), header.identify(from("198.51.100.1", 5060, "X-Account: acct-42x")));
        assertEquals(Optional.of("by-uri"), uri.identify(request("sip:did-100@192.0.2.1", "198.51.100.1", 5060)));
        assertEquals(Optional.empty(), uri.identify(request("sip:did-101@192.0.2.1", "198.51.100.1", 5060)));
        assertEquals("header and request URI criteria are not source rules", Optional.empty(),
                new SourceAddressIdentifier(index, store).identify(from("198.51.100.1", 5060)));
    }

    @Test
    public void hostNamesResolveOffTheCallingThread() throws Exception {
        lookupGate = new CountDownLatch(1); // DNS "hangs" until released
        MapConfigStore store = new MapConfigStore().endpoint("trunk")
                .identify(identify("trunk", "endpoint=trunk", "match=localhost,192.0.2.1"));
        index.configChanged(store); // returns at once
        EndpointIdentifier identifier = new SourceAddressIdentifier(index, store);
        assertEquals("written addresses work while the name resolves", Optional.of("trunk"), identifier.identify(from("192.0.2.1", 5060)));
        assertEquals("not resolved yet", Optional.empty(), identifier.identify(from("127.0.0.1", 5060)));
        lookupGate.countDown();
        waitFor("localhost to resolve", () -> rules("trunk").contains("127.0.0.1/32"));
        assertEquals(Optional.of("trunk"), identifier.identify(from("127.0.0.1", 5060)));
        assertEquals("192.0.2.1/32", rules("trunk").get(0));
        for (InetAddress address : InetAddress.getAllByName("localhost")) {
            assertTrue(rules("trunk").toString(), rules("trunk").contains(AddressRule.host(address, 0).text()));
        }
        assertTrue(lookupThreads.toString(), lookupThreads.stream().noneMatch(name -> name.equals(Thread.currentThread().getName())));
        assertEquals("srv_lookups=yes tries Asterisk's three SRV names first",
                List.of("_sip._udp.localhost", "_sip._tcp.localhost", "_sips._tcp.localhost"), srvQueries);
    }

    @Test
    public void aPortOrSrvLookupsNoSkipsSrv() throws Exception {
        index.configChanged(new MapConfigStore().endpoint("a").endpoint("b")
                .identify(identify("a", "endpoint=a", "match=localhost:5061"))
                .identify(identify("b", "endpoint=b", "match=localhost", "srv_lookups=no")));
        waitFor("localhost to resolve", () -> rules("a").size() > 0 && rules("b").size() > 0);
        assertTrue(rules("a").toString(), rules("a").contains("127.0.0.1:5061/32"));
        assertTrue(rules("b").toString(), rules("b").contains("127.0.0.1/32"));
        assertEquals(List.of(), srvQueries);
    }

    @Test
    public void aNameThatDoesNotResolveIsLoggedOnceWithTheIdentify() throws Exception {
        MapConfigStore store = new MapConfigStore().endpoint("trunk")
                .identify(identify("trunk-identify", "endpoint=trunk", "match=nowhere.invalid,192.0.2.1", "srv_lookups=no"));
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            index.configChanged(store);
            drain();
            index.configChanged(store);
            drain();
        } finally {
            System.setErr(stderr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        String warning = "Identify 'trunk-identify' provided address 'nowhere.invalid' did not resolve to any address";
        assertEquals(log, 2, lookupThreads.size());
        assertEquals(log, 1, log.split(warning, -1).length - 1);
        assertEquals(List.of("192.0.2.1/32"), rules("trunk-identify"));
    }

    @Test
    public void overlapsAreLoggedAsWarningsNamingBoth() throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            index.configChanged(new MapConfigStore().endpoint("carol").endpoint("david")
                    .identify(identify("david", "endpoint=david", "match=10.24.16.36"))
                    .identify(identify("carol", "endpoint=carol", "match=10.0.0.0/8")));
        } finally {
            System.setErr(stderr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log, log.contains("WARN"));
        assertTrue(log, log.contains("Identify 'carol' (endpoint 'carol') match 10.0.0.0/8 overlaps identify 'david' "
                + "(endpoint 'david') match 10.24.16.36/32"));
        assertEquals(Optional.of("carol"), index.current().bySource(new java.net.InetSocketAddress(literal("10.24.16.36"), 5060))
                .map(entry -> entry.identify().endpoint()));
    }
}
