package org.asterism.sip.core.internal.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.client.RequestFailedException.Failure;
import org.asterism.sip.api.config.IpNetwork;
import org.asterism.sip.api.transport.TransportConfig;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SipClientTest {

    private ClientFixture core;
    private LoopbackUas peer;

    @Before
    public void start() throws Exception {
        core = new ClientFixture();
        peer = new LoopbackUas();
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

    private Request options(String uri) throws Exception {
        return core.client.newRequest(Request.OPTIONS, core.client.addressFactory().createURI(uri));
    }

    @Test
    public void optionsAnsweredWith200CompletesWithTheResponseOffTheSipThreads() throws Exception {
        String[] thread = new String[1];
        CompletableFuture<Response> answer = core.client.send(options(peer.uri()))
                .thenApply(response -> {
                    thread[0] = Thread.currentThread().getName();
                    return response;
                }).toCompletableFuture();

        assertEquals(200, answer.get(5, TimeUnit.SECONDS).getStatusCode());
        // the client's own thread, or the caller's when the answer came before thenApply was attached; never a SIP thread
        assertTrue(thread[0], thread[0].startsWith("asterism-sip-client-") || thread[0].equals(Thread.currentThread().getName()));
        String sent = peer.received().get(0);
        assertTrue(sent, sent.startsWith("OPTIONS " + peer.uri() + " SIP/2.0\r\n"));
        assertTrue(LoopbackUas.header(sent, "Via"), LoopbackUas.header(sent, "Via")
                .startsWith("SIP/2.0/UDP 127.0.0.1:" + core.udp.bound().getPort() + ";"));
        assertTrue(LoopbackUas.header(sent, "Via"), LoopbackUas.header(sent, "Via").contains("branch=z9hG4bK"));
        assertEquals("70", LoopbackUas.header(sent, "Max-Forwards"));
        assertEquals("1 OPTIONS", LoopbackUas.header(sent, "CSeq"));
        assertEquals("<sip:asterisk@127.0.0.1:" + core.udp.bound().getPort() + ">", LoopbackUas.header(sent, "Contact"));
        assertTrue(LoopbackUas.header(sent, "From"), LoopbackUas.header(sent, "From").startsWith("<sip:asterisk@127.0.0.1>;tag="));
        assertEquals("<" + peer.uri() + ">", LoopbackUas.header(sent, "To"));
        assertNotNull(LoopbackUas.header(sent, "Call-ID"));
    }

    @Test
    public void anyFinalStatusCompletesTheStage() throws Exception {
        peer.status = 404;
        assertEquals(404, core.client.send(options(peer.uri())).toCompletableFuture().get(5, TimeUnit.SECONDS).getStatusCode());
    }

    @Test
    public void aSilentPeerFailsWithTimeoutAtTheCallersDeadline() throws Exception {
        peer.answering = false;
        long start = System.nanoTime();
        CompletableFuture<Response> answer = core.client.send(options(peer.uri()), Duration.ofMillis(300)).toCompletableFuture();
        try {
            answer.get(5, TimeUnit.SECONDS);
            fail("a silent peer answered");
        } catch (ExecutionException e) {
            assertTrue(e.getCause().toString(), e.getCause() instanceof RequestFailedException);
            assertEquals(Failure.TIMEOUT, ((RequestFailedException) e.getCause()).failure());
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue("gave up after " + elapsedMillis + " ms", elapsedMillis >= 290 && elapsedMillis < 10000);
        assertTrue("the request was sent", !peer.received().isEmpty());
    }

    @Test
    public void aTargetWithNoTransportOfItsProtocolIsRefused() throws Exception {
        try {
            options("sip:peer@127.0.0.1:5999;transport=tcp");
            fail("built a TCP request without a TCP transport");
        } catch (RequestFailedException e) {
            assertEquals(Failure.NO_TRANSPORT, e.failure());
        }
        try {
            core.client.newRequest(Request.OPTIONS, core.client.addressFactory().createURI(peer.uri()), Optional.of("transport-tcp"));
            fail("built a request over a transport that is not listening");
        } catch (RequestFailedException e) {
            assertEquals(Failure.NO_TRANSPORT, e.failure());
        }
    }

    @Test
    public void viaNamesTheExternalSignallingAddressForAPeerOutsideLocalNet() throws Exception {
        core.close();
        core = null;
        int port = ClientFixture.freePort();
        core = new ClientFixture(new TransportConfig("transport-udp", "udp", new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                List.of(IpNetwork.parse("10.0.0.0/8")), Optional.of("203.0.113.7"), 5070, Optional.empty(), 0, 0));

        Request outside = options("sip:peer@192.0.2.1:5060");
        ViaHeader via = (ViaHeader) outside.getHeader(ViaHeader.NAME);
        assertEquals("203.0.113.7", via.getHost());
        assertEquals(5070, via.getPort());

        Request inside = options("sip:peer@10.1.2.3:5060");
        ViaHeader local = (ViaHeader) inside.getHeader(ViaHeader.NAME);
        assertEquals("127.0.0.1", local.getHost());
        assertEquals(port, local.getPort());
    }
}
