package org.asterism.sip.auth.digest.outbound.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.asterism.sip.testing.MapConfigStore;
import org.junit.Test;

/** Challenges to real requests, parsed by JAIN-SIP; every response checked by an independent computation. */
public class DigestOutboundAuthenticatorTest {

    private static final String NONCE = "1700000000/6d7c2d1fa5b1e0d6";
    private final MapConfigStore config = new MapConfigStore();
    private final AtomicInteger cnonces = new AtomicInteger();
    private final DigestOutboundAuthenticator authenticator = new DigestOutboundAuthenticator(config,
            () -> "cn" + cnonces.incrementAndGet());

    static Auth userpass(String id, String username, String password, String realm, String... options) {
        Map<String, String> all = new HashMap<>(Map.of("auth_type", "userpass", "username", username, "password", password,
                "realm", realm));
        for (int i = 0; i < options.length; i += 2) {
            all.put(options[i], options[i + 1]);
        }
        return new Auth(id, "userpass", username, Optional.of(password), Optional.empty(),
                realm.isEmpty() ? Optional.empty() : Optional.of(realm), 32, all);
    }

    private DigestOutboundAuthenticatorTest with(Auth auth) {
        config.add(Auth.TYPE, auth.id(), auth);
        return this;
    }

    private Optional<Request> answer(Response challenge, Request challenged, String... auths) {
        return authenticator.authenticate(List.of(auths), challenge, challenged, Messages.HEADERS);
    }

    private static String challenge(String realm, String algorithm, String extra) {
        return "Digest realm=\"" + realm + "\",nonce=\"" + NONCE + "\"" + (algorithm == null ? "" : ",algorithm=" + algorithm)
                + extra;
    }

    private static AuthorizationHeader only(Request request, String name) {
        List<AuthorizationHeader> credentials = Messages.credentials(request, name);
        assertEquals(request.toString(), 1, credentials.size());
        return credentials.get(0);
    }

    // --- the client-side digest against RFC 7616 §3.9.1

    @Test
    public void rfc7616ExampleMd5AndSha256() {
        for (String[] example : new String[][] { { "MD5", "8ca523f5e9506fed4657c9700eebdbec" },
                { "SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1" } }) {
            DigestChallenge challenge = new DigestChallenge("http-auth@example.org",
                    "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
                    example[0], "auth", false);
            org.asterism.sip.api.digest.DigestAlgorithm algorithm = challenge.digestAlgorithm().orElseThrow();
            String ha1 = org.asterism.sip.api.digest.DigestResponse.ha1(algorithm, "Mufasa", challenge.realm(), "Circle of Life");
            DigestAnswer answer = DigestAnswer.compute(challenge, algorithm, "Mufasa", ha1, "GET", "/dir/index.html",
                    challenge.answerQop().orElseThrow(), "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", 1);
            assertEquals(example[0], example[1], answer.response());
        }
    }

    // --- whole answers

    @Test
    public void aChallengedOptionsIsSentAgainWithAuthorizationOnANewTransaction() {
        with(userpass("trunk-auth", "alice", "wonderland", ""));
        Request challenged = Messages.options();
        Response challenge = Messages.challenge(challenged, 401,
                challenge("asterisk", "MD5", ",opaque=\"0pq\",qop=\"auth\""));

        Request next = answer(challenge, challenged, "trunk-auth").orElseThrow();

        assertEquals(8, ((CSeqHeader) next.getHeader(CSeqHeader.NAME)).getSeqNumber());
        assertEquals("OPTIONS", ((CSeqHeader) next.getHeader(CSeqHeader.NAME)).getMethod());
        assertEquals("qualify-1", ((CallIdHeader) next.getHeader(CallIdHeader.NAME)).getCallId());
        assertEquals("f1", ((FromHeader) next.getHeader(FromHeader.NAME)).getTag());
        assertNull("no branch: the stack draws a new one", ((ViaHeader) next.getHeader(ViaHeader.NAME)).getBranch());
        assertEquals("the challenged request is left alone", 7, ((CSeqHeader) challenged.getHeader(CSeqHeader.NAME)).getSeqNumber());
        assertEquals("z9hG4bK-first", ((ViaHeader) challenged.getHeader(ViaHeader.NAME)).getBranch());
        assertTrue(Messages.credentials(challenged, AuthorizationHeader.NAME).isEmpty());

        AuthorizationHeader credentials = only(next, AuthorizationHeader.NAME);
        assertEquals("Digest", credentials.getScheme());
        assertEquals("alice", credentials.getUsername());
        assertEquals("asterisk", credentials.getRealm());
        assertEquals(NONCE, credentials.getNonce());
        assertEquals("sip:peer@192.0.2.20:5070", credentials.getParameter("uri"));
        assertEquals("MD5", credentials.getAlgorithm());
        assertEquals("auth", credentials.getQop());
        assertEquals("00000001", credentials.getParameter("nc"));
        assertEquals("cn1", credentials.getCNonce());
        assertEquals("opaque echoed", "0pq", credentials.getOpaque());
        assertEquals(Messages.expectedResponse(credentials, "OPTIONS", Messages.hash("MD5", "alice:asterisk:wonderland")),
                credentials.getResponse());
        assertTrue(credentials.toString(), credentials.toString().startsWith("Authorization: Digest username=\"alice\",realm=\"asterisk\","));
        assertTrue(credentials.toString(), credentials.toString().contains(",qop=auth,nc=00000001"));
    }

    @Test
    public void aChallengeWithoutQopIsAnsweredTheRfc2069Way() {
        with(userpass("a", "alice", "wonderland", ""));
        Request challenged = Messages.options();
        AuthorizationHeader credentials = only(answer(Messages.challenge(challenged, 401, challenge("asterisk", null, "")),
                challenged, "a").orElseThrow(), AuthorizationHeader.NAME);
        assertNull(credentials.getQop());
        assertNull(credentials.getCNonce());
        assertNull(credentials.getParameter("nc"));
        assertNull("no algorithm parameter is echoed when the challenge had none", credentials.getAlgorithm());
        assertNull(credentials.getOpaque());
        assertEquals(Messages.expectedResponse(credentials, "OPTIONS", Messages.hash("MD5", "alice:asterisk:wonderland")),
                credentials.getResponse());
    }

    @Test
    public void qopAuthIsPickedFromAListAndAuthIntAloneCannotBeAnswered() {
        with(userpass("a", "alice", "wonderland", ""));
        Request challenged = Messages.options();
        AuthorizationHeader credentials = only(answer(Messages.challenge(challenged, 401,
                challenge("asterisk", "MD5", ",qop=\"auth-int,auth\"")), challenged, "a").orElseThrow(), AuthorizationHeader.NAME);
        assertEquals("auth", credentials.getQop());
        assertEquals(Optional.empty(), answer(Messages.challenge(challenged, 401,
                challenge("asterisk", "MD5", ",qop=\"auth-int\"")), challenged, "a"));
    }

    @Test
    public void a407IsAnsweredWithProxyAuthorization() {
        with(userpass("a", "alice", "wonderland", ""));
        Request challenged = Messages.options();
        Request next = answer(Messages.challenge(challenged, 407, challenge("proxy.example", "MD5", ",qop=\"auth\"")),
                challenged, "a").orElseThrow();
        assertTrue(Messages.credentials(next, AuthorizationHeader.NAME).isEmpty());
        AuthorizationHeader credentials = only(next, "Proxy-Authorization");
        assertEquals("proxy.example", credentials.getRealm());
        assertEquals(Messages.expectedResponse(credentials, "OPTIONS", Messages.hash("MD5", "alice:proxy.example:wonderland")),
                credentials.getResponse());
    }

    // --- realms

    @Test
    public void anAuthForTheRealmWinsOverOneForAnyRealmWhateverTheOrder() {
        with(userpass("any", "anyone", "pw-any", ""));
        with(userpass("other", "other", "pw-other", "other.example"));
        with(userpass("exact", "exact", "pw-exact", "sip.example"));
        with(userpass("star", "star", "pw-star", "*"));
        Request challenged = Messages.options();
        Response forExact = Messages.challenge(challenged, 401, challenge("SIP.example", "MD5", ",qop=\"auth\""));
        assertEquals("realms compare ignoring case, as pjproject", "exact",
                only(answer(forExact, challenged, "any", "other", "exact").orElseThrow(), AuthorizationHeader.NAME).getUsername());

        Response forUnknown = Messages.challenge(challenged, 401, challenge("elsewhere", "MD5", ",qop=\"auth\""));
        assertEquals("the first auth without a realm", "anyone",
                only(answer(forUnknown, challenged, "other", "any", "star").orElseThrow(), AuthorizationHeader.NAME).getUsername());
        assertEquals("realm=* takes any realm too", "star",
                only(answer(forUnknown, challenged, "other", "star", "any").orElseThrow(), AuthorizationHeader.NAME).getUsername());
        assertEquals("an auth for another realm never answers", Optional.empty(), answer(forUnknown, challenged, "other", "exact"));
    }

    @Test
    public void severalRealmsAreEachAnsweredOnceWithTheFirstChallengeThatCanBe() {
        with(userpass("a", "alice", "wonderland", ""));
        with(userpass("b", "bob", "builder", "b.example", "supported_algorithms_uac", "SHA-256,MD5"));
        Request challenged = Messages.options();
        Response challenge = Messages.challenge(challenged, 407,
                challenge("a.example", "SHA-256", ",qop=\"auth\""),   // alice does MD5 only: skipped
                challenge("a.example", "MD5", ",qop=\"auth\""),
                challenge("b.example", "SHA-256", ",qop=\"auth\""),
                challenge("b.example", "MD5", ",qop=\"auth\""),        // b.example already answered
                challenge("c.example", "SHA-1", ",qop=\"auth\""));     // unknown algorithm: skipped
        List<AuthorizationHeader> credentials = Messages.credentials(answer(challenge, challenged, "a", "b").orElseThrow(),
                "Proxy-Authorization");
        assertEquals(2, credentials.size());
        assertEquals(List.of("a.example:MD5:alice", "b.example:SHA-256:bob"), credentials.stream()
                .map(c -> c.getRealm() + ":" + c.getAlgorithm() + ":" + c.getUsername()).toList());
        assertEquals(Messages.expectedResponse(credentials.get(1), "OPTIONS",
                Messages.hash("SHA-256", "bob:b.example:builder")), credentials.get(1).getResponse());
    }

    // --- algorithms

    @Test
    public void theServersFirstAlgorithmTheAuthSupportsIsUsed() {
        Request challenged = Messages.options();
        Response offered = Messages.challenge(challenged, 401, challenge("asterisk", "SHA-256", ",qop=\"auth\""),
                challenge("asterisk", "MD5", ",qop=\"auth\""));

        with(userpass("a", "alice", "wonderland", ""));
        assertEquals("Asterisk's default supported_algorithms_uac is MD5", "MD5",
                only(answer(offered, challenged, "a").orElseThrow(), AuthorizationHeader.NAME).getAlgorithm());

        with(userpass("a", "alice", "wonderland", "", "supported_algorithms_uac", "MD5,SHA-256"));
        AuthorizationHeader sha = only(answer(offered, challenged, "a").orElseThrow(), AuthorizationHeader.NAME);
        assertEquals("SHA-256", sha.getAlgorithm());
        assertEquals(Messages.expectedResponse(sha, "OPTIONS", Messages.hash("SHA-256", "alice:asterisk:wonderland")),
                sha.getResponse());

        with(userpass("a", "alice", "wonderland", ""));
        config.add(GlobalSettings.TYPE, "global", new GlobalSettings("global", List.of("ip", "username"), "asterisk",
                "Asterism", 90, 70, "default_outbound_endpoint", "asterisk", "", 5, 5, 30, 0, 30, false, false,
                Map.of("default_auth_algorithms_uac", "SHA-256")));
        assertEquals("the global default_auth_algorithms_uac applies to auths that name none", "SHA-256",
                only(answer(offered, challenged, "a").orElseThrow(), AuthorizationHeader.NAME).getAlgorithm());
        Response md5Only = Messages.challenge(challenged, 401, challenge("asterisk", "MD5", ",qop=\"auth\""));
        assertEquals(Optional.empty(), answer(md5Only, challenged, "a"));
    }

    @Test
    public void md5CredIsTheHa1AndServesMd5Only() {
        String md5Cred = Messages.hash("MD5", "alice:asterisk:wonderland");
        config.add(Auth.TYPE, "md5", new Auth("md5", "md5", "alice", Optional.empty(), Optional.of(md5Cred), Optional.empty(),
                32, Map.of("auth_type", "md5", "username", "alice", "md5_cred", md5Cred,
                        "supported_algorithms_uac", "SHA-256,MD5")));
        Request challenged = Messages.options();
        Response offered = Messages.challenge(challenged, 401, challenge("asterisk", "SHA-256", ",qop=\"auth\""),
                challenge("asterisk", "MD5", ",qop=\"auth\""));
        AuthorizationHeader credentials = only(answer(offered, challenged, "md5").orElseThrow(), AuthorizationHeader.NAME);
        assertEquals("no secret for SHA-256: MD5 it is", "MD5", credentials.getAlgorithm());
        assertEquals(Messages.expectedResponse(credentials, "OPTIONS", md5Cred), credentials.getResponse());
        assertEquals(Optional.empty(), answer(Messages.challenge(challenged, 401,
                challenge("asterisk", "SHA-256", ",qop=\"auth\"")), challenged, "md5"));
    }

    // --- nonce counts and what the challenged request carried

    @Test
    public void theSameNonceAgainCountsUpAndOtherCredentialsAreRenewed() {
        with(userpass("a", "alice", "wonderland", ""));
        Request first = Messages.options();
        Request second = answer(Messages.challenge(first, 407, challenge("proxy.example", "MD5", ",qop=\"auth\"")), first, "a")
                .orElseThrow();
        Request third = answer(Messages.challenge(second, 401, challenge("uas.example", "MD5", ",qop=\"auth\"")), second, "a")
                .orElseThrow();
        AuthorizationHeader proxy = only(third, "Proxy-Authorization");
        assertEquals("the proxy's nonce is used a second time", "00000002", proxy.getParameter("nc"));
        assertEquals(Messages.expectedResponse(proxy, "OPTIONS", Messages.hash("MD5", "alice:proxy.example:wonderland")),
                proxy.getResponse());
        assertEquals("00000001", only(third, AuthorizationHeader.NAME).getParameter("nc"));
        assertEquals(9, ((CSeqHeader) third.getHeader(CSeqHeader.NAME)).getSeqNumber());

        Request fourth = answer(Messages.challenge(third, 401, challenge("uas.example", "MD5", ",qop=\"auth\",stale=true")),
                third, "a").orElseThrow();
        assertEquals("stale with the very same nonce: its next count", "00000002",
                only(fourth, AuthorizationHeader.NAME).getParameter("nc"));
        assertEquals("00000003", only(fourth, "Proxy-Authorization").getParameter("nc"));
    }

    // --- cannot answer

    @Test
    public void nothingToAnswerWith() {
        with(userpass("a", "alice", "wonderland", ""));
        config.add(Auth.TYPE, "oauth", new Auth("oauth", "google_oauth", "alice", Optional.empty(), Optional.empty(),
                Optional.empty(), 32, Map.of()));
        Request challenged = Messages.options();
        Response challenge = Messages.challenge(challenged, 401, challenge("asterisk", "MD5", ",qop=\"auth\""));
        assertEquals("no such auth", Optional.empty(), answer(challenge, challenged, "missing"));
        assertEquals("not a digest auth", Optional.empty(), answer(challenge, challenged, "oauth"));
        assertFalse("a missing id is skipped, the next one used", answer(challenge, challenged, "missing", "a").isEmpty());
        assertEquals("another scheme", Optional.empty(),
                answer(Messages.challenge(challenged, 401, "Basic realm=\"asterisk\""), challenged, "a"));
    }
}
