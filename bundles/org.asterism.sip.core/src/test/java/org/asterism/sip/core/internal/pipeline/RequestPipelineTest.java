package org.asterism.sip.core.internal.pipeline;

import static org.asterism.sip.core.internal.pipeline.UdpPeer.header;
import static org.asterism.sip.core.internal.pipeline.UdpPeer.status;
import static org.asterism.sip.core.internal.pipeline.UdpPeer.values;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.MessageObserver;
import org.asterism.sip.api.SipMessageTrace;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.SipService;
import org.asterism.sip.api.SourceFilter;
import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class RequestPipelineTest {

    private CoreFixture core;
    private UdpPeer peer;

    @Before
    public void start() throws Exception {
        core = new CoreFixture();
        peer = core.peer();
    }

    @After
    public void stop() {
        if (peer != null) {
            peer.close();
        }
        if (core != null) {
            core.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 2 s");
            }
            Thread.sleep(5);
        }
    }

    /** A service for one method, needing no endpoint, that handles requests with {@code handler}. */
    private static SipService service(String method, java.util.function.Predicate<SipRequestContext> handler) {
        return new SipService() {
            @Override
            public Set<String> methods() {
                return Set.of(method);
            }

            @Override
            public boolean requiresEndpoint() {
                return false;
            }

            @Override
            public boolean handle(SipRequestContext request) {
                return handler.test(request);
            }
        };
    }

    /** A service that answers its method with a fixed status and remembers the endpoint it was given. */
    private static final class FixedAnswer implements SipService {
        final String method;
        final int status;
        final boolean needsEndpoint;
        volatile Optional<String> endpointSeen = Optional.empty();

        FixedAnswer(String method, int status, boolean needsEndpoint) {
            this.method = method;
            this.status = status;
            this.needsEndpoint = needsEndpoint;
        }

        @Override
        public Set<String> methods() {
            return Set.of(method);
        }

        @Override
        public Set<String> supportedOptions() {
            return Set.of("path");
        }

        @Override
        public boolean requiresEndpoint() {
            return needsEndpoint;
        }

        @Override
        public boolean handle(SipRequestContext request) {
            endpointSeen = request.endpoint();
            request.respond(status);
            return true;
        }
    }

    @Test
    public void optionsIsAnsweredWithWhatIsLoadedNow() throws Exception {
        String response = peer.exchange("OPTIONS");
        assertEquals(200, status(response));
        assertEquals(List.of("OPTIONS"), values(response, "Allow"));
        assertEquals(Optional.of(""), header(response, "Supported"));
        assertEquals(Optional.of(""), header(response, "Accept"));

        FixedAnswer registrar = new FixedAnswer("REGISTER", 200, false);
        core.addService(registrar, 0);
        String after = peer.exchange("OPTIONS");
        assertEquals(List.of("OPTIONS", "REGISTER"), values(after, "Allow"));
        assertEquals(List.of("path"), values(after, "Supported"));
    }

    @Test
    public void anUnknownMethodGets501() throws Exception {
        assertEquals(501, status(peer.exchange("FOOBAR")));
    }

    @Test
    public void aKnownMethodWithoutItsModuleGets405WithAllow() throws Exception {
        String response = peer.exchange("REGISTER");
        assertEquals(405, status(response));
        assertEquals(List.of("OPTIONS"), values(response, "Allow"));
    }

    @Test
    public void unloadingAServiceRemovesItsMethod() throws Exception {
        FixedAnswer registrar = new FixedAnswer("REGISTER", 200, false);
        core.addService(registrar, 0);
        assertEquals(200, status(peer.exchange("REGISTER")));
        core.services.removeService(registrar);
        assertEquals(405, status(peer.exchange("REGISTER")));
    }

    @Test
    public void theHighestRankedServiceTakesTheRequest() throws Exception {
        core.addService(new FixedAnswer("MESSAGE", 202, false), 0);
        core.addService(new FixedAnswer("MESSAGE", 488, false), 10);
        assertEquals(488, status(peer.exchange("MESSAGE")));
    }

    @Test
    public void aServiceThatThrowsCostsThatRequestA500AndNothingElse() throws Exception {
        core.addService(service("INFO", request -> {
            throw new IllegalStateException("boom");
        }), 0);
        assertEquals(500, status(peer.exchange("INFO")));
        assertEquals(200, status(peer.exchange("OPTIONS")));
    }

    @Test
    public void withoutIdentifiersAnEndpointOnlyServiceRefusesWith403() throws Exception {
        core.addService(new FixedAnswer("MESSAGE", 202, true), 0);
        String response = peer.exchange("MESSAGE");
        assertEquals(403, status(response));
        assertTrue(response.startsWith("SIP/2.0 403 No matching endpoint found"));
    }

    @Test
    public void aRequestFromARefusedSourceIsDroppedUnansweredAndUnobserved() throws Exception {
        List<SipMessageTrace> traces = new CopyOnWriteArrayList<>();
        core.observers.addObserver(traces::add);
        SourceFilter banLoopback = source -> !source.isLoopbackAddress();
        core.sourceFilters.addFilter(banLoopback);
        peer.send(peer.request("OPTIONS"));
        assertEquals(Optional.empty(), peer.finalResponse());
        assertEquals(List.of(), traces);

        core.sourceFilters.removeFilter(banLoopback);
        assertEquals(200, status(peer.exchange("OPTIONS")));
    }

    @Test
    public void aFilterThatThrowsDoesNotSilenceTheServer() throws Exception {
        core.sourceFilters.addFilter(source -> {
            throw new IllegalStateException("broken ban list");
        });
        assertEquals(200, status(peer.exchange("OPTIONS")));
    }

    @Test
    public void aRequestMatchingNoEndpointIsReportedAsAnInvalidAccountId() throws Exception {
        List<SecurityEvent> events = new CopyOnWriteArrayList<>();
        core.securityEvents.addListener(events::add);
        core.addService(new FixedAnswer("MESSAGE", 202, true), 0);
        String request = peer.request("MESSAGE");
        peer.send(request);
        assertEquals(403, status(peer.finalResponse().orElseThrow()));

        assertEquals(1, events.size());
        SecurityEvent event = events.get(0);
        assertEquals(SecurityEventType.INVALID_ACCOUNT_ID, event.type());
        assertEquals("tester", event.accountId());
        assertEquals(header(request, "Call-ID").orElseThrow(), event.sessionId());
        assertEquals("UDP", event.transport());
        assertEquals(peer.localPort(), event.remote().getPort());
        assertEquals(core.udp.bound(), event.local());
    }

    @Test
    public void identifiersRunInConfiguredOrderNotRegistrationOrder() throws Exception {
        FixedAnswer service = new FixedAnswer("MESSAGE", 202, true);
        core.addService(service, 0);
        EndpointIdentifier byUser = request -> Optional.of("from-username");
        EndpointIdentifier byIp = request -> Optional.of("from-ip");
        core.identification.addIdentifier(byUser, Map.of(EndpointIdentifier.NAME_PROPERTY, "username"));
        core.identification.addIdentifier(byIp, Map.of(EndpointIdentifier.NAME_PROPERTY, "ip"));
        assertEquals(202, status(peer.exchange("MESSAGE")));
        assertEquals(Optional.of("from-ip"), service.endpointSeen);
        core.identification.removeIdentifier(byIp);
        peer.exchange("MESSAGE");
        assertEquals(Optional.of("from-username"), service.endpointSeen);
    }

    @Test
    public void observersSeeEveryMessageInAndOutWithItsPeer() throws Exception {
        List<SipMessageTrace> traces = new CopyOnWriteArrayList<>();
        MessageObserver observer = traces::add;
        core.observers.addObserver(observer);
        peer.exchange("OPTIONS");
        waitFor(() -> traces.size() == 2); // the sent trace follows the send, so it may trail the peer's receive
        SipMessageTrace in = traces.get(0);
        assertEquals(SipMessageTrace.Direction.RECEIVED, in.direction());
        assertTrue(in.request());
        assertEquals("UDP", in.transport());
        assertEquals("127.0.0.1", in.remote().getAddress().getHostAddress());
        assertTrue(in.text().startsWith("OPTIONS sip:"));
        SipMessageTrace out = traces.get(1);
        assertEquals(SipMessageTrace.Direction.SENT, out.direction());
        assertFalse(out.request());
        assertTrue(out.text().startsWith("SIP/2.0 200 OK"));
        assertEquals(out.text().length(), out.length());

        core.observers.removeObserver(observer);
        peer.exchange("OPTIONS");
        assertEquals(2, traces.size());
    }

    @Test
    public void aUdpRequestWhoseViaNamesTcpIsAnsweredOverUdp() throws Exception {
        peer.send(peer.request("OPTIONS").replace("Via: SIP/2.0/UDP", "Via: SIP/2.0/TCP"));
        String response = peer.finalResponse().orElseThrow(() -> new AssertionError("no answer over UDP"));
        assertEquals(200, status(response));
        // JAIN-SIP writes the transport actually used into the echoed Via when it encodes the reply.
        assertTrue(response, header(response, "Via").orElse("").startsWith("SIP/2.0/UDP"));
    }

    @Test
    public void receivedTracesCountTheBytesThatArrived() throws Exception {
        List<SipMessageTrace> traces = new CopyOnWriteArrayList<>();
        core.observers.addObserver(traces::add);
        String options = peer.request("OPTIONS");
        peer.send(options);
        peer.finalResponse();
        waitFor(() -> !traces.isEmpty());
        assertEquals(options.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, traces.get(0).length());
    }

    @Test
    public void aRetransmittedRequestIsAnsweredFromItsTransactionNotHandledTwice() throws Exception {
        java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
        core.addService(service("MESSAGE", request -> {
            handled.incrementAndGet();
            request.respond(202);
            return true;
        }), 0);
        String message = peer.request("MESSAGE");
        peer.send(message);
        assertEquals(202, status(peer.finalResponse().orElseThrow()));
        peer.send(message);
        assertEquals(202, status(peer.finalResponse().orElseThrow()));
        assertEquals(1, handled.get());
    }

    /**
     * With every SIP thread held up, requests pile up in the receive queue. Once released, the threads find a queue
     * whose oldest request waited past the guard's threshold: new requests are refused 503 with Retry-After while
     * it drains, and once it is drained requests are served again. Requests taken before are served.
     */
    @Test
    public void whileRequestsPileUpNewOnesAreRefused503WithRetryAfterUntilTheServerCatchesUp() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
        core.addService(service("MESSAGE", request -> {
            held.incrementAndGet();
            try {
                release.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            request.respond(202);
            return true;
        }), 0);
        int sipThreads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors()); // StackProperties' pool
        List<UdpPeer> holders = new java.util.ArrayList<>();
        List<UdpPeer> waiting = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < sipThreads; i++) {
                UdpPeer holder = core.peer();
                holders.add(holder);
                holder.send(holder.request("MESSAGE"));
            }
            waitFor(() -> held.get() == sipThreads);
            for (int i = 0; i < 2 * sipThreads; i++) { // more than the threads can take at once when released
                UdpPeer late = core.peer();
                waiting.add(late);
                late.send(late.request("OPTIONS"));
            }
            waitFor(() -> core.stack.receiveBacklogMillis() > OverloadGuard.ENTER_MILLIS);
            release.countDown();
            List<String> refusals = new java.util.ArrayList<>();
            for (UdpPeer late : waiting) {
                String answer = late.finalResponse().orElseThrow(() -> new AssertionError("a request that waited got no answer"));
                if (status(answer) == 503) {
                    refusals.add(answer);
                } else {
                    assertEquals(answer, 200, status(answer));
                }
            }
            assertFalse("some of the requests that waited are refused", refusals.isEmpty());
            for (String refused : refusals) {
                int retryAfter = Integer.parseInt(header(refused, "Retry-After").orElseThrow().trim());
                assertTrue(refused, retryAfter >= OverloadGuard.RETRY_AFTER_MIN && retryAfter <= OverloadGuard.RETRY_AFTER_MAX);
            }
            for (UdpPeer holder : holders) {
                assertEquals("requests taken before the backlog are served", 202, status(holder.finalResponse().orElseThrow()));
            }
            assertEquals("served again once caught up", 200, status(peer.exchange("OPTIONS")));
        } finally {
            release.countDown();
            holders.forEach(UdpPeer::close);
            waiting.forEach(UdpPeer::close);
        }
    }

    /** Datagrams up to the UDP maximum are taken whole, as pjsip takes up to 65535 bytes. */
    @Test
    public void aLargeRequestOverUdpIsAnsweredWhole() throws Exception {
        String filler = "X-Filler: " + "a".repeat(40_000);
        String answer = peer.exchange("OPTIONS", filler);
        assertEquals(answer, 200, status(answer));
    }
}
