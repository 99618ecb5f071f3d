package org.asterism.sip.auth.digest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;

import org.asterism.sip.api.Authenticator.Result;
import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;
import org.asterism.sip.api.security.SecurityEvents;
import org.asterism.sip.testing.RecordingRequestContext;
import org.junit.Test;

/** Whole exchanges: real requests parsed by JAIN-SIP, challenged, answered by an independent client. */
public class DigestAuthenticatorTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryConfigStore config = new InMemoryConfigStore()
            .put(Endpoint.TYPE, "6001", Configs.endpoint("6001", "6001-auth"))
            .put(Auth.TYPE, "6001-auth", Configs.userpass("6001-auth", "6001", "secret"))
            .put(Endpoint.TYPE, "6002", Configs.endpoint("6002"));
    private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();
    private final SecurityEvents securityEvents = new SecurityEvents() {
        @Override
        public void report(SecurityEvent event) {
            events.add(event);
        }

        @Override
        public boolean active() {
            return true;
        }
    };
    private final DigestAuthenticator authenticator = new DigestAuthenticator(config, securityEvents, clock, new SecureRandom());
    private final AtomicInteger cseq = new AtomicInteger();

    // --- requests

    private String register(String... extraHeaders) {
        int n = cseq.incrementAndGet();
        return "REGISTER sip:asterism.example SIP/2.0\n"
                + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-reg" + n + "\n"
                + "Max-Forwards: 70\n"
                + "From: <sip:6001@asterism.example>;tag=reg\n"
                + "To: <sip:6001@asterism.example>\n"
                + "Call-ID: register-1@192.0.2.10\n"
                + "CSeq: " + n + " REGISTER\n"
                + "Contact: <sip:6001@192.0.2.10:5060>\n"
                + "Expires: 3600\n"
                + String.join("", List.of(extraHeaders).stream().map(header -> header + "\n").toList())
                + "Content-Length: 0\n\n";
    }

    private String invite(String... extraHeaders) {
        int n = cseq.incrementAndGet();
        return "INVITE sip:6002@asterism.example SIP/2.0\n"
                + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-inv" + n + "\n"
                + "Max-Forwards: 70\n"
                + "From: <sip:6001@asterism.example>;tag=inv\n"
                + "To: <sip:6002@asterism.example>\n"
                + "Call-ID: invite-1@192.0.2.10\n"
                + "CSeq: " + n + " INVITE\n"
                + "Contact: <sip:6001@192.0.2.10:5060>\n"
                + String.join("", List.of(extraHeaders).stream().map(header -> header + "\n").toList())
                + "Content-Length: 0\n\n";
    }

    private RecordingRequestContext send(String text, String endpoint, Result expected) {
        RecordingRequestContext request = RecordingRequestContext.parse(text);
        assertEquals(expected, authenticator.authenticate(request, endpoint));
        return request;
    }

    /** Sends a request expected to be challenged; the 401's challenges. */
    private List<WWWAuthenticateHeader> challenged(String text, String endpoint) {
        RecordingRequestContext request = send(text, endpoint, Result.ANSWERED);
        Response response = request.response();
        assertEquals(Response.UNAUTHORIZED, response.getStatusCode());
        assertEquals("Unauthorized", response.getReasonPhrase());
        return challenges(response);
    }

    private static List<WWWAuthenticateHeader> challenges(Response response) {
        List<WWWAuthenticateHeader> challenges = new ArrayList<>();
        ListIterator<?> headers = response.getHeaders(WWWAuthenticateHeader.NAME);
        while (headers.hasNext()) {
            challenges.add((WWWAuthenticateHeader) headers.next());
        }
        return challenges;
    }

    /**
     * What an observer can tell apart: status, header names in order, and per challenge its scheme, parameter
     * names and the values that do not change between challenges (realm, algorithm, qop, stale).
     */
    private static String shape(Response response) {
        StringBuilder shape = new StringBuilder(response.getStatusCode() + " " + response.getReasonPhrase());
        for (Iterator<?> names = response.getHeaderNames(); names.hasNext();) {
            shape.append('|').append(names.next());
        }
        for (WWWAuthenticateHeader challenge : challenges(response)) {
            shape.append("|").append(challenge.getScheme()).append(':');
            for (Iterator<?> names = challenge.getParameterNames(); names.hasNext();) {
                shape.append(names.next()).append(',');
            }
            shape.append(challenge.getRealm()).append(',').append(challenge.getAlgorithm()).append(',')
                    .append(challenge.getQop()).append(',').append(challenge.getParameter("stale"));
        }
        return shape.toString();
    }

    // --- tests

    @Test
    public void anEndpointWithoutAuthIsAccepted() {
        RecordingRequestContext request = send(invite(), "6002", Result.ACCEPTED);
        assertTrue(request.sent().isEmpty());
    }

    @Test
    public void aFirstRequestGetsOneMd5ChallengeByDefault() {
        List<WWWAuthenticateHeader> challenges = challenged(register(), "6001");
        assertEquals(1, challenges.size());
        WWWAuthenticateHeader challenge = challenges.get(0);
        assertEquals("Digest", challenge.getScheme());
        assertEquals("asterisk", challenge.getRealm());
        assertEquals("MD5", challenge.getAlgorithm());
        assertEquals("auth", challenge.getQop());
        assertFalse(challenge.getNonce().isEmpty());
        assertFalse(challenge.getOpaque().isEmpty());
        assertNull(challenge.getParameter("stale"));
        assertEquals("WWW-Authenticate: Digest realm=\"asterisk\",nonce=\"" + challenge.getNonce() + "\",opaque=\""
                + challenge.getOpaque() + "\",algorithm=MD5,qop=\"auth\"", challenge.toString().trim());
    }

    @Test
    public void aRegisterAnsweringTheChallengeIsAccepted() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        String authorization = new DigestClient("6001", "secret").authorization(challenge, "REGISTER", "sip:asterism.example");
        RecordingRequestContext request = send(register(authorization), "6001", Result.ACCEPTED);
        assertTrue(request.sent().isEmpty());
    }

    @Test
    public void anInviteAnsweringTheChallengeIsAccepted() {
        WWWAuthenticateHeader challenge = challenged(invite(), "6001").get(0);
        String authorization = new DigestClient("6001", "secret").authorization(challenge, "INVITE",
                "sip:6002@asterism.example");
        send(invite(authorization), "6001", Result.ACCEPTED);
        String asRegister = new DigestClient("6001", "secret").authorization(challenge, "REGISTER",
                "sip:6002@asterism.example");
        challenged(invite(asRegister), "6001");
    }

    @Test
    public void everyOutcomeIsReportedAsAsterisksSecurityEvent() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        send(register(new DigestClient("6001", "wrong").authorization(challenge, "REGISTER", "sip:asterism.example")),
                "6001", Result.ANSWERED);
        send(register(new DigestClient("6001", "secret").authorization(challenge, "REGISTER", "sip:asterism.example")),
                "6001", Result.ACCEPTED);
        send(register(new DigestClient("nobody", "guess").authorization(challenge, "REGISTER", "sip:asterism.example")),
                null, Result.ANSWERED);

        assertEquals(List.of(SecurityEventType.CHALLENGE_SENT, SecurityEventType.INVALID_PASSWORD,
                SecurityEventType.SUCCESSFUL_AUTH, SecurityEventType.CHALLENGE_RESPONSE_FAILED),
                events.stream().map(SecurityEvent::type).toList());
        assertEquals(challenge.getNonce(), events.get(0).details().get("Challenge"));
        assertEquals(List.of("Challenge", "ReceivedChallenge", "ReceivedHash"), List.copyOf(events.get(1).details().keySet()));
        assertEquals(challenge.getNonce(), events.get(1).details().get("ReceivedChallenge"));
        assertEquals("1", events.get(2).details().get("UsingPassword"));
        assertEquals(List.of("6001", "6001", "6001", SecurityEvent.UNKNOWN_ACCOUNT),
                events.stream().map(SecurityEvent::accountId).toList());
        assertEquals("register-1@192.0.2.10", events.get(3).sessionId());
    }

    @Test
    public void sha256IsOfferedFirstThenMd5AndEitherIsAccepted() {
        config.put(Auth.TYPE, "6001-auth", Configs.withOption(Configs.userpass("6001-auth", "6001", "secret"),
                "supported_algorithms_uas", "md5,SHA-256"));
        List<WWWAuthenticateHeader> challenges = challenged(register(), "6001");
        assertEquals(List.of("SHA-256", "MD5"), challenges.stream().map(WWWAuthenticateHeader::getAlgorithm).toList());
        DigestClient client = new DigestClient("6001", "secret");
        send(register(client.authorization(challenges.get(0), "REGISTER", "sip:asterism.example")), "6001", Result.ACCEPTED);
        send(register(client.authorization(challenges.get(1), "REGISTER", "sip:asterism.example")), "6001", Result.ACCEPTED);
    }

    @Test
    public void globalDefaultAuthAlgorithmsApplyToAuthsThatNameNone() {
        config.put(GlobalSettings.TYPE, "global", Configs.global("asterisk", "MD5,SHA-256"));
        assertEquals(List.of("SHA-256", "MD5"),
                challenged(register(), "6001").stream().map(WWWAuthenticateHeader::getAlgorithm).toList());
    }

    @Test
    public void md5CredIsTheHa1() {
        String md5Cred = DigestClient.hash("MD5", "6001:asterisk:secret");
        config.put(Auth.TYPE, "6001-auth", Configs.md5("6001-auth", "6001", md5Cred));
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        assertEquals("MD5", challenge.getAlgorithm());
        send(register(new DigestClient("6001", "secret").authorization(challenge, "REGISTER", "sip:asterism.example")),
                "6001", Result.ACCEPTED);
        send(register(new DigestClient("6001", "wrong").authorization(challenge, "REGISTER", "sip:asterism.example")),
                "6001", Result.ANSWERED);
    }

    @Test
    public void sha256PasswordDigestIsTheHa1() {
        String sha256 = DigestClient.hash("SHA-256", "6001:asterisk:secret");
        config.put(Auth.TYPE, "6001-auth", new Auth("6001-auth", "digest", "6001", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), 32, java.util.Map.of(
                        "supported_algorithms_uas", "sha-256", "password_digest", "SHA-256:" + sha256)));
        List<WWWAuthenticateHeader> challenges = challenged(register(), "6001");
        assertEquals(1, challenges.size());
        assertEquals("SHA-256", challenges.get(0).getAlgorithm());
        send(register(new DigestClient("6001", "secret").authorization(challenges.get(0), "REGISTER",
                "sip:asterism.example")), "6001", Result.ACCEPTED);
    }

    @Test
    public void wrongPasswordUnknownUserAndUnknownEndpointGetTheFirstChallengeAgain() {
        RecordingRequestContext first = send(register(), "6001", Result.ANSWERED);
        WWWAuthenticateHeader challenge = challenges(first.response()).get(0);

        RecordingRequestContext wrongPassword = send(register(new DigestClient("6001", "guess")
                .authorization(challenge, "REGISTER", "sip:asterism.example")), "6001", Result.ANSWERED);
        RecordingRequestContext unknownUser = send(register(new DigestClient("6099", "secret")
                .authorization(challenge, "REGISTER", "sip:asterism.example")), "6001", Result.ANSWERED);
        RecordingRequestContext unknownEndpoint = send(register(new DigestClient("6099", "secret")
                .authorization(challenge, "REGISTER", "sip:asterism.example")), null, Result.ANSWERED);
        RecordingRequestContext unknownEndpointFirst = send(register(), null, Result.ANSWERED);

        String expected = shape(first.response());
        assertEquals(expected, shape(wrongPassword.response()));
        assertEquals(expected, shape(unknownUser.response()));
        assertEquals(expected, shape(unknownEndpoint.response()));
        assertEquals(expected, shape(unknownEndpointFirst.response()));
        assertTrue(expected, expected.startsWith("401 Unauthorized|"));
        assertTrue(expected, expected.endsWith("|WWW-Authenticate|Digest:realm,nonce,opaque,algorithm,qop,"
                + "asterisk,MD5,auth,null"));
        assertNotEquals("a fresh nonce", challenge.getNonce(), challenges(wrongPassword.response()).get(0).getNonce());
    }

    @Test
    public void anUnknownEndpointIsChallengedInTheGlobalDefaultRealm() {
        config.put(GlobalSettings.TYPE, "global", Configs.global("pbx.example.com", "MD5"));
        WWWAuthenticateHeader challenge = challenged(register(), null).get(0);
        assertEquals("pbx.example.com", challenge.getRealm());
        assertEquals("pbx.example.com", challenged(register(), "6001").get(0).getRealm());
        config.put(Auth.TYPE, "6001-auth", Configs.withRealm(Configs.userpass("6001-auth", "6001", "secret"), "sip.example.org"));
        assertEquals("sip.example.org", challenged(register(), "6001").get(0).getRealm());
    }

    @Test
    public void anExpiredNonceWithTheRightPasswordGetsAStaleChallenge() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        DigestClient client = new DigestClient("6001", "secret");
        clock.advance(Duration.ofSeconds(32));
        send(register(client.authorization(challenge, "REGISTER", "sip:asterism.example")), "6001", Result.ACCEPTED);
        clock.advance(Duration.ofSeconds(1));

        RecordingRequestContext stale = send(register(client.authorization(challenge, "REGISTER", "sip:asterism.example")),
                "6001", Result.ANSWERED);
        WWWAuthenticateHeader renewed = challenges(stale.response()).get(0);
        assertEquals("true", renewed.getParameter("stale"));
        assertNotEquals(challenge.getNonce(), renewed.getNonce());
        send(register(client.authorization(renewed, "REGISTER", "sip:asterism.example")), "6001", Result.ACCEPTED);

        clock.advance(Duration.ofSeconds(60));
        List<WWWAuthenticateHeader> wrong = challenged(register(new DigestClient("6001", "guess")
                .authorization(renewed, "REGISTER", "sip:asterism.example")), "6001");
        assertNull("stale=true would confirm a guessed password", wrong.get(0).getParameter("stale"));
    }

    @Test
    public void aNonceFromAnEarlierStartIsStale() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        DigestAuthenticator restarted = new DigestAuthenticator(config, securityEvents, clock, new SecureRandom());
        RecordingRequestContext request = RecordingRequestContext.parse(register(new DigestClient("6001", "secret")
                .authorization(challenge, "REGISTER", "sip:asterism.example")));
        assertEquals(Result.ANSWERED, restarted.authenticate(request, "6001"));
        assertEquals("true", challenges(request.response()).get(0).getParameter("stale"));
    }

    @Test
    public void aNonceIsBoundToTheClientAddress() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        RecordingRequestContext moved = RecordingRequestContext.parse(register(new DigestClient("6001", "secret")
                .authorization(challenge, "REGISTER", "sip:asterism.example")), new InetSocketAddress("192.0.2.99", 5060));
        assertEquals(Result.ANSWERED, authenticator.authenticate(moved, "6001"));
        assertEquals("true", challenges(moved.response()).get(0).getParameter("stale"));
        RecordingRequestContext otherPort = RecordingRequestContext.parse(register(new DigestClient("6001", "secret")
                .authorization(challenge, "REGISTER", "sip:asterism.example")), new InetSocketAddress("192.0.2.10", 40000));
        assertEquals(Result.ACCEPTED, authenticator.authenticate(otherPort, "6001"));
    }

    /** RFC 4475 §3.1.2.10 (regaut01): an Authorization in a scheme nobody knows. */
    @Test
    public void anUnknownSchemeGetsAnOrdinaryChallenge() {
        String regaut01 = "REGISTER sip:example.com SIP/2.0\n"
                + "To: sip:j.user@example.com\n"
                + "From: sip:j.user@example.com;tag=87321hj23128\n"
                + "Max-Forwards: 8\n"
                + "Call-ID: 9j2ljh43k4j@example.com\n"
                + "Via: SIP/2.0/UDP 192.0.2.253;branch=z9hG4bKkdjuw\n"
                + "CSeq: 8 REGISTER\n"
                + "Authorization: NoOneKnowsThisScheme opaque-data=here\n"
                + "Content-Length:0\n\n";
        RecordingRequestContext first = send(register(), "6001", Result.ANSWERED);
        RecordingRequestContext request = send(regaut01, "6001", Result.ANSWERED);
        assertEquals(shape(first.response()), shape(request.response()));
        assertEquals(shape(first.response()), shape(send(regaut01, null, Result.ANSWERED).response()));
    }

    @Test
    public void credentialsForAnotherRealmAreIgnored() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        String otherRealm = new DigestClient("6001", "secret").authorization(challenge, "REGISTER", "sip:asterism.example")
                .replace("realm=\"asterisk\"", "realm=\"elsewhere\"");
        RecordingRequestContext request = send(register(otherRealm), "6001", Result.ANSWERED);
        assertNull(challenges(request.response()).get(0).getParameter("stale"));
        String good = new DigestClient("6001", "secret").authorization(challenge, "REGISTER", "sip:asterism.example");
        send(register(otherRealm, good), "6001", Result.ACCEPTED);
    }

    @Test
    public void proxyAuthorizationIsNotReadByTheUas() {
        WWWAuthenticateHeader challenge = challenged(register(), "6001").get(0);
        String proxy = new DigestClient("6001", "secret").authorization(challenge, "REGISTER", "sip:asterism.example")
                .replace("Authorization:", "Proxy-Authorization:");
        challenged(register(proxy), "6001");
    }

    @Test
    public void anAuthThatIsMissingFromTheConfigurationChallengesLikeAnUnknownEndpoint() {
        config.put(Endpoint.TYPE, "6003", Configs.endpoint("6003", "no-such-auth"));
        RecordingRequestContext missing = send(register(), "6003", Result.ANSWERED);
        assertEquals(shape(send(register(), null, Result.ANSWERED).response()), shape(missing.response()));
    }

    @Test
    public void aSecondAuthOfTheEndpointIsTriedAndEachRealmChallengedOnce() {
        config.put(Endpoint.TYPE, "6001", Configs.endpoint("6001", "6001-auth", "6001-alt", "6001-same-realm"))
                .put(Auth.TYPE, "6001-alt", Configs.withRealm(Configs.userpass("6001-alt", "alt", "other"), "alt.example"))
                .put(Auth.TYPE, "6001-same-realm", Configs.userpass("6001-same-realm", "6001b", "third"));
        List<WWWAuthenticateHeader> challenges = challenged(register(), "6001");
        assertEquals(List.of("asterisk", "alt.example"), challenges.stream().map(WWWAuthenticateHeader::getRealm).toList());
        send(register(new DigestClient("alt", "other").authorization(challenges.get(1), "REGISTER",
                "sip:asterism.example")), "6001", Result.ACCEPTED);
        send(register(new DigestClient("6001b", "third").authorization(challenges.get(0), "REGISTER",
                "sip:asterism.example")), "6001", Result.ACCEPTED);
    }
}
