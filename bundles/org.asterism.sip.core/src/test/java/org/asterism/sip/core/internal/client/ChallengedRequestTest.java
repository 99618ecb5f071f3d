package org.asterism.sip.core.internal.client;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.core.internal.client.LoopbackUas.Answer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The SipClient answering 401/407 with an outbound authenticator, against a UAS on a loopback socket. */
public class ChallengedRequestTest {

    private static final List<String> AUTHS = List.of("trunk-auth");

    private ClientFixture core;
    private LoopbackUas peer;
    private final FakeOutboundAuthenticator authenticator = new FakeOutboundAuthenticator();
    private final AtomicInteger nonces = new AtomicInteger();

    @Before
    public void start() throws Exception {
        core = new ClientFixture();
        peer = new LoopbackUas();
        core.outboundAuthenticator(authenticator);
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

    private Request options() throws Exception {
        return core.client.newRequest(Request.OPTIONS, core.client.addressFactory().createURI(peer.uri()));
    }

    private Response send(List<String> auths) throws Exception {
        return core.client.send(options(), Duration.ofSeconds(10), auths).toCompletableFuture().get(15, TimeUnit.SECONDS);
    }

    private String challenge(String header, boolean stale) {
        return header + ": Digest realm=\"asterisk\",nonce=\"n" + nonces.incrementAndGet() + "\",qop=\"auth\""
                + (stale ? ",stale=true" : "");
    }

    /** 401 to a request without credentials, 200 to one with. */
    private Answer passwordChecked(String request) {
        return LoopbackUas.header(request, "Authorization") == null ? new Answer(401, challenge("WWW-Authenticate", false))
                : new Answer(200);
    }

    @Test
    public void aChallengeIsAnsweredOnANewTransactionOfTheSameCall() throws Exception {
        peer.answers = this::passwordChecked;

        assertEquals(200, send(AUTHS).getStatusCode());

        List<String> received = peer.received();
        assertEquals(received.toString(), 2, received.size());
        String first = received.get(0);
        String second = received.get(1);
        assertEquals("1 OPTIONS", LoopbackUas.header(first, "CSeq"));
        assertEquals("2 OPTIONS", LoopbackUas.header(second, "CSeq"));
        assertEquals(LoopbackUas.header(first, "Call-ID"), LoopbackUas.header(second, "Call-ID"));
        assertEquals(LoopbackUas.header(first, "From"), LoopbackUas.header(second, "From"));
        String secondVia = LoopbackUas.header(second, "Via");
        assertTrue(secondVia, secondVia.contains("branch=z9hG4bK"));
        assertNotEquals("a new branch", LoopbackUas.header(first, "Via"), secondVia);
        assertNull(LoopbackUas.header(first, "Authorization"));
        assertTrue(LoopbackUas.header(second, "Authorization"), LoopbackUas.header(second, "Authorization").contains("realm=\"asterisk\""));
        assertEquals(List.of(AUTHS), authenticator.calls);
    }

    @Test
    public void aProxyChallengeIsAnsweredToo() throws Exception {
        peer.answers = request -> LoopbackUas.header(request, "Proxy-Authorization") == null
                ? new Answer(407, challenge("Proxy-Authenticate", false)) : new Answer(200);
        assertEquals(200, send(AUTHS).getStatusCode());
        assertEquals(2, peer.received().size());
    }

    @Test
    public void withoutOutboundAuthsTheChallengeIsTheAnswer() throws Exception {
        peer.answers = this::passwordChecked;
        assertEquals(401, send(List.of()).getStatusCode());
        assertEquals(401, core.client.send(options()).toCompletableFuture().get(10, TimeUnit.SECONDS).getStatusCode());
        assertEquals(2, peer.received().size());
        assertTrue("never asked", authenticator.calls.isEmpty());
    }

    @Test
    public void withoutAnAuthenticatorOrWhenItCannotAnswerTheChallengeIsTheAnswer() throws Exception {
        peer.answers = this::passwordChecked;
        authenticator.refuse = true;
        assertEquals(401, send(AUTHS).getStatusCode());
        assertEquals(1, authenticator.calls.size());

        core.outboundAuthenticator(null);
        assertEquals(401, send(AUTHS).getStatusCode());
        assertEquals("one request each, none answered", 2, peer.received().size());
        assertEquals(1, authenticator.calls.size());
    }

    @Test
    public void refusedCredentialsAreNotSentAgain() throws Exception {
        peer.answers = request -> new Answer(401, challenge("WWW-Authenticate", false)); // a wrong password, say

        assertEquals(401, send(AUTHS).getStatusCode());

        assertEquals("one answer, then give up", 2, peer.received().size());
        assertEquals(1, authenticator.calls.size());
    }

    @Test
    public void aStaleNonceIsAnsweredAgain() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        peer.answers = request -> switch (seen.incrementAndGet()) {
            case 1 -> new Answer(401, challenge("WWW-Authenticate", false));
            case 2 -> new Answer(401, challenge("WWW-Authenticate", true));
            default -> new Answer(200);
        };
        assertEquals(200, send(AUTHS).getStatusCode());
        assertEquals(3, peer.received().size());
        assertEquals("3 OPTIONS", LoopbackUas.header(peer.received().get(2), "CSeq"));
    }

    @Test
    public void theTenthChallengeIsTheAnswer() throws Exception {
        peer.answers = request -> new Answer(401, challenge("WWW-Authenticate", LoopbackUas.header(request, "Authorization") != null));

        assertEquals(401, send(AUTHS).getStatusCode());

        assertEquals("Asterisk's MAX_RX_CHALLENGES", ChallengeResponder.MAX_CHALLENGES, peer.received().size());
        assertEquals(ChallengeResponder.MAX_CHALLENGES - 1, authenticator.calls.size());
    }
}
