package org.asterism.sip.core.internal.client;

import static org.junit.Assert.assertEquals;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;

import javax.sip.SipFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.Test;

/** The give-up rules on messages alone. */
public class ChallengeResponderTest {

    private static final MessageFactory MESSAGES;

    static {
        try {
            SipFactory factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            MESSAGES = factory.createMessageFactory();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Request options(String... credentials) throws ParseException {
        return MESSAGES.createRequest(("OPTIONS sip:peer@192.0.2.20 SIP/2.0\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-1\n"
                + "From: <sip:asterisk@192.0.2.1>;tag=f\nTo: <sip:peer@192.0.2.20>\nCall-ID: c\nCSeq: 2 OPTIONS\nMax-Forwards: 70\n"
                + String.join("", List.of(credentials).stream().map(line -> line + "\n").toList())
                + "Content-Length: 0\n\n").replace("\n", "\r\n"));
    }

    private static Response challenge(int status, String... challenges) throws ParseException {
        String name = status == 407 ? "Proxy-Authenticate: " : "WWW-Authenticate: ";
        return MESSAGES.createResponse(("SIP/2.0 " + status + " Challenge\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-1\n"
                + "From: <sip:asterisk@192.0.2.1>;tag=f\nTo: <sip:peer@192.0.2.20>;tag=t\nCall-ID: c\nCSeq: 2 OPTIONS\n"
                + String.join("", List.of(challenges).stream().map(line -> name + line + "\n").toList())
                + "Content-Length: 0\n\n").replace("\n", "\r\n"));
    }

    private static final String SENT_A = "Authorization: Digest username=\"u\",realm=\"a.example\",nonce=\"n1\",uri=\"sip:peer@192.0.2.20\",response=\"00\"";

    @Test
    public void aRealmChallengedAgainWithoutStaleWasRefused() throws Exception {
        assertEquals(Optional.of("A.example"), ChallengeResponder.refusedRealm(options(SENT_A),
                challenge(401, "Digest realm=\"A.example\",nonce=\"n2\"")));
        assertEquals("among others", Optional.of("a.example"), ChallengeResponder.refusedRealm(options(SENT_A),
                challenge(401, "Digest realm=\"b.example\",nonce=\"n2\"", "Digest realm=\"a.example\",nonce=\"n3\"")));
    }

    @Test
    public void staleAnotherRealmOrAnotherKindIsNoRefusal() throws Exception {
        assertEquals(Optional.empty(), ChallengeResponder.refusedRealm(options(SENT_A),
                challenge(401, "Digest realm=\"a.example\",nonce=\"n2\",stale=true")));
        assertEquals(Optional.empty(), ChallengeResponder.refusedRealm(options(SENT_A),
                challenge(401, "Digest realm=\"b.example\",nonce=\"n2\"")));
        assertEquals("Authorization answers a 401, not a proxy's 407", Optional.empty(),
                ChallengeResponder.refusedRealm(options(SENT_A), challenge(407, "Digest realm=\"a.example\",nonce=\"n2\"")));
        assertEquals("nothing sent yet", Optional.empty(),
                ChallengeResponder.refusedRealm(options(), challenge(401, "Digest realm=\"a.example\",nonce=\"n2\"")));
    }

    @Test
    public void noAuthsNoAuthenticatorOrTooManyChallengesGiveUp() throws Exception {
        ChallengeResponder responder = new ChallengeResponder(SipFactory.getInstance().createHeaderFactory());
        FakeOutboundAuthenticator authenticator = new FakeOutboundAuthenticator();
        Request request = options();
        Response challenge = challenge(401, "Digest realm=\"a.example\",nonce=\"n2\"");
        assertEquals(Optional.empty(), responder.answer(authenticator, List.of(), request, challenge, 1));
        assertEquals(Optional.empty(), responder.answer(null, List.of("a"), request, challenge, 1));
        assertEquals(Optional.empty(), responder.answer(authenticator, List.of("a"), request, challenge, 10));
        assertEquals(Optional.empty(), responder.answer(authenticator, List.of("a"), request,
                MESSAGES.createResponse(403, request), 1));
        assertEquals(0, authenticator.calls.size());
        assertEquals(3L, ((javax.sip.header.CSeqHeader) responder.answer(authenticator, List.of("a"), request, challenge, 9)
                .orElseThrow().getHeader("CSeq")).getSeqNumber());
    }
}
