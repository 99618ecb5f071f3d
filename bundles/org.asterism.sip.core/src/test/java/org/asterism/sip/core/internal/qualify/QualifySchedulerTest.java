package org.asterism.sip.core.internal.qualify;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.client.ContactStatus;
import org.asterism.sip.api.client.ContactStatus.State;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.asterism.sip.core.internal.client.ClientFixture;
import org.asterism.sip.core.internal.client.FakeOutboundAuthenticator;
import org.asterism.sip.core.internal.client.LoopbackUas;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class QualifySchedulerTest {

    private ClientFixture core;
    private LoopbackUas peer;
    private final FakeConfig config = new FakeConfig();
    private final FakeLocations locations = new FakeLocations();
    private final ContactStatusStore statuses = new ContactStatusStore();
    private QualifyScheduler qualify;

    @Before
    public void start() throws Exception {
        core = new ClientFixture();
        peer = new LoopbackUas();
    }

    @After
    public void stop() {
        if (qualify != null) {
            qualify.deactivate();
        }
        if (peer != null) {
            peer.close();
        }
        if (core != null) {
            core.close();
        }
    }

    private QualifyScheduler startQualify() {
        qualify = new QualifyScheduler(core.client, config, statuses, 4);
        qualify.setLocationStore(locations);
        return qualify;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L; // generous: CI shares two cores with SIPp and Karaf
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within 20 s");
            }
            Thread.sleep(10);
        }
    }

    static Aor aor(String id, int frequency, double timeout, List<String> contacts) {
        return new Aor(id, 1, false, false, 60, 7200, 3600, frequency, timeout, false, contacts, List.of(), false,
                Optional.empty(), "", Map.of());
    }

    /** An AoR with {@code qualify_2xx_only=yes}. */
    static Aor aor2xxOnly(String id, int frequency, double timeout, List<String> contacts) {
        return new Aor(id, 1, false, false, 60, 7200, 3600, frequency, timeout, false, contacts, List.of(), false,
                Optional.empty(), "", Map.of("qualify_2xx_only", "yes"));
    }

    static Contact contact(String aor, String uri) {
        return new Contact(aor, uri, Instant.now().plusSeconds(3600), List.of(), Optional.empty(), Optional.of(aor), Optional.empty(),
                Optional.empty(), 1, Optional.empty(), 1, 0.3, false, Optional.empty());
    }

    static Endpoint endpoint(String id, List<String> aors) {
        return endpoint(id, aors, List.of());
    }

    static Endpoint endpoint(String id, List<String> aors, List<String> outboundAuths) {
        return new Endpoint(id, "default", aors, List.of(), outboundAuths, List.of(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), false, false, false, true, "rfc4733", Optional.empty(), false, false, "yes", 90, 1800,
                "yes", "", List.of(), "", Map.of());
    }

    @Test
    public void aRegisteredContactBecomesReachableWithAnRttThenUnreachableWhenThePeerFallsSilent() throws Exception {
        config.put(Aor.TYPE, "6001", aor("6001", 1, 1.0, List.of()));
        locations.put("6001", contact("6001", peer.uri()));
        startQualify();

        waitFor(() -> statuses.status("6001", peer.uri()).state() == State.REACHABLE, "Reachable");
        ContactStatus reachable = statuses.status("6001", peer.uri());
        assertTrue(reachable.rtt().toString(), reachable.rtt().compareTo(Duration.ZERO) > 0 && reachable.rtt().toMillis() < 1000);
        assertTrue(LoopbackUas.header(peer.received().get(0), "CSeq").endsWith("OPTIONS"));

        peer.answering = false;
        waitFor(() -> statuses.status("6001", peer.uri()).state() == State.UNREACHABLE, "Unreachable");
        assertEquals(Duration.ZERO, statuses.status("6001", peer.uri()).rtt());
    }

    @Test
    public void aStaticContactIsQualifiedAndAnUnregisteredOneForgotten() throws Exception {
        try (LoopbackUas other = new LoopbackUas()) {
            config.put(Aor.TYPE, "trunk", aor("trunk", 1, 1.0, List.of(other.uri())));
            locations.put("trunk", contact("trunk", peer.uri()));
            startQualify();

            waitFor(() -> statuses.status("trunk", other.uri()).state() == State.REACHABLE, "static contact Reachable");
            waitFor(() -> statuses.status("trunk", peer.uri()).state() == State.REACHABLE, "registered contact Reachable");

            List<Contact> before = locations.contacts("trunk");
            locations.clear("trunk");
            qualify.contactsChanged("trunk", before, List.of());
            waitFor(() -> statuses.statuses().size() == 1, "registered contact dropped");
            assertEquals(State.UNKNOWN, statuses.status("trunk", peer.uri()).state());
            assertEquals(other.uri(), statuses.statuses().get(0).uri());
        }
    }

    @Test
    public void contactsOfAnAorThatDoesNotQualifyStayUnknown() throws Exception {
        config.put(Aor.TYPE, "6002", aor("6002", 0, 3.0, List.of(peer.uri())));
        startQualify();
        config.put(Endpoint.TYPE, "6002", endpoint("6002", List.of("6002")));

        new PjsipQualify(config, qualify).execute(List.of("6002"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        waitFor(() -> !peer.received().isEmpty(), "OPTIONS from pjsip qualify");
        Thread.sleep(200); // the answer has come back by now, and must not have made a status
        assertEquals(State.UNKNOWN, statuses.status("6002", peer.uri()).state());
        assertTrue(statuses.statuses().isEmpty());
    }

    @Test
    public void pjsipQualifyQualifiesTheEndpointsAorsNowAndSaysSo() throws Exception {
        config.put(Aor.TYPE, "6001", aor("6001", 3600, 1.0, List.of(peer.uri()))); // the first periodic round is far off, likely
        config.put(Endpoint.TYPE, "6001", endpoint("6001", List.of("6001", "missing")));
        config.put(Endpoint.TYPE, "lonely", endpoint("lonely", List.of()));
        startQualify();
        PjsipQualify command = new PjsipQualify(config, qualify);

        assertEquals("Qualifying AOR '6001' on endpoint '6001'\n", run(command, "6001"));
        waitFor(() -> statuses.status("6001", peer.uri()).state() == State.REACHABLE, "Reachable after pjsip qualify");
        assertEquals("Unable to retrieve endpoint nobody\n", run(command, "nobody"));
        assertEquals("No AORs configured for endpoint 'lonely'\n", run(command, "lonely"));
        assertEquals(List.of("6001", "lonely"), command.complete(List.of()));
        try {
            command.execute(List.of(), System.out);
            throw new AssertionError("no usage error without an endpoint");
        } catch (CliUsageException expected) {
            assertEquals("Usage: pjsip qualify <endpoint>", expected.getMessage());
        }
    }

    /** 401 to an OPTIONS without credentials; 200 to one with, if {@code passwordRight}, else 401 again. */
    private void challenging(boolean passwordRight) {
        peer.answers = request -> LoopbackUas.header(request, "Authorization") != null && passwordRight ? new LoopbackUas.Answer(200)
                : new LoopbackUas.Answer(401, "WWW-Authenticate: Digest realm=\"asterisk\",nonce=\"n" + System.nanoTime() + "\"");
    }

    @Test
    public void aChallengedQualifyIsAnsweredWithTheOutboundAuthOfTheAorsEndpoint() throws Exception {
        FakeOutboundAuthenticator authenticator = new FakeOutboundAuthenticator();
        core.outboundAuthenticator(authenticator);
        challenging(true);
        config.put(Endpoint.TYPE, "other", endpoint("other", List.of("elsewhere"), List.of("other-auth")));
        config.put(Endpoint.TYPE, "trunk", endpoint("trunk", List.of("trunk"), List.of("trunk-auth")));
        config.put(Endpoint.TYPE, "trunk-too", endpoint("trunk-too", List.of("trunk"), List.of("second-auth")));
        config.put(Aor.TYPE, "trunk", aor2xxOnly("trunk", 1, 1.0, List.of(peer.uri())));
        startQualify();

        waitFor(() -> statuses.status("trunk", peer.uri()).state() == State.REACHABLE, "Reachable once authenticated");
        assertEquals("the first endpoint listing the AoR", List.of("trunk-auth"), authenticator.calls.get(0));
        assertTrue(LoopbackUas.header(peer.received().get(1), "Authorization"), LoopbackUas.header(peer.received().get(1), "Authorization") != null);
    }

    @Test
    public void aRegisteredContactIsAuthenticatedAsTheEndpointThatRegisteredIt() throws Exception {
        config.put(Endpoint.TYPE, "first", endpoint("first", List.of("6001"), List.of("first-auth")));
        config.put(Endpoint.TYPE, "6001", endpoint("6001", List.of("6001"), List.of("6001-auth")));
        config.put(Aor.TYPE, "6001", aor("6001", 3600, 1.0, List.of()));
        startQualify();
        waitFor(() -> qualify.outboundAuths("6001", null).equals(List.of("first-auth")), "endpoints known");
        assertEquals(List.of("6001-auth"), qualify.outboundAuths("6001", "6001"));
        assertEquals("gone: the AoR's first endpoint", List.of("first-auth"), qualify.outboundAuths("6001", "removed"));
        assertEquals("no endpoint lists it", List.of(), qualify.outboundAuths("lonely", null));
    }

    @Test
    public void refusedCredentialsLeaveTheContactUnreachableWith2xxOnlyAndAreSentOncePerQualify() throws Exception {
        FakeOutboundAuthenticator authenticator = new FakeOutboundAuthenticator();
        core.outboundAuthenticator(authenticator);
        challenging(false);
        config.put(Endpoint.TYPE, "trunk", endpoint("trunk", List.of("trunk"), List.of("trunk-auth")));
        config.put(Aor.TYPE, "trunk", aor2xxOnly("trunk", 3600, 1.0, List.of(peer.uri())));
        startQualify();

        qualify.qualifyNow("trunk");
        waitFor(() -> statuses.status("trunk", peer.uri()).state() == State.UNREACHABLE, "Unreachable: the 401 is not a 2xx");
        assertEquals("the OPTIONS and one authenticated retry", 2, peer.received().size());
        assertEquals(1, authenticator.calls.size());
    }

    @Test
    public void withoutQualify2xxOnlyAnyFinalResponseCountsAsReachableAsInAsterisk() throws Exception {
        challenging(false);
        config.put(Aor.TYPE, "trunk", aor("trunk", 3600, 1.0, List.of(peer.uri())));
        startQualify();
        qualify.qualifyNow("trunk");
        waitFor(() -> statuses.status("trunk", peer.uri()).state() == State.REACHABLE, "Reachable on a 401");
    }

    @Test
    public void statusLinesAreWordedAsAsterisk() {
        assertEquals("Contact 6001/sip:6001@127.0.0.1:5062 is now Reachable.  RTT: 1.234 msec",
                ContactStatusStore.statusLine("6001", "sip:6001@127.0.0.1:5062", State.REACHABLE, Duration.ofNanos(1_234_000)));
        assertEquals("Contact 6001/sip:6001@127.0.0.1:5062 is now Unreachable.  RTT: 0.000 msec",
                ContactStatusStore.statusLine("6001", "sip:6001@127.0.0.1:5062", State.UNREACHABLE, Duration.ZERO));
    }

    private static String run(PjsipQualify command, String endpoint) throws CliUsageException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.execute(List.of(endpoint), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    /** Configuration objects by type and id, in insertion order. */
    static final class FakeConfig implements ConfigStore {
        private final Map<String, Map<String, Object>> objects = new ConcurrentHashMap<>();

        void put(String type, String id, Object object) {
            objects.computeIfAbsent(type, t -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>())).put(id, object);
        }

        @Override
        public <T> Optional<T> find(String type, String id, Class<T> objectClass) {
            return Optional.ofNullable(objects.getOrDefault(type, Map.of()).get(id)).map(objectClass::cast);
        }

        @Override
        public <T> List<T> all(String type, Class<T> objectClass) {
            Map<String, Object> ofType = objects.getOrDefault(type, Map.of());
            synchronized (ofType) {
                return ofType.values().stream().map(objectClass::cast).toList();
            }
        }

        @Override
        public List<String> reload() {
            return List.of();
        }
    }

    /** Contacts by AoR, in memory; updates are not needed by qualify. */
    static final class FakeLocations implements LocationStore {
        private final Map<String, List<Contact>> contacts = new ConcurrentHashMap<>();

        void put(String aor, Contact contact) {
            contacts.computeIfAbsent(aor, a -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(contact);
        }

        void clear(String aor) {
            contacts.remove(aor);
        }

        @Override
        public List<Contact> contacts(String aor) {
            return List.copyOf(contacts.getOrDefault(aor, List.of()));
        }

        @Override
        public List<Contact> all() {
            List<Contact> all = new ArrayList<>();
            contacts.values().forEach(all::addAll);
            return all;
        }

        @Override
        public CompletionStage<List<Contact>> update(String aor, UnaryOperator<List<Contact>> change) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("qualify never writes contacts"));
        }

        @Override
        public int count() {
            return all().size();
        }
    }
}
