package org.asterism.sip.auth.digest.internal;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.digest.DigestResponse;
import org.junit.Test;

/** The pure verifier, one outcome per test. */
public class DigestVerifierTest {

    private static final String SOURCE = "192.0.2.10";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final NonceIssuer nonces = new NonceIssuer(new byte[] { 7, 7, 7 }, clock, new java.security.SecureRandom());
    private final DigestVerifier verifier = new DigestVerifier(nonces, "decoy");
    private final InboundCredential alice = new InboundCredential("alice-auth", true, "alice", "asterisk",
            List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256), Map.of(), Optional.of("wonderland"), 32);

    /** Credentials as a correct client computes them with this password, qop as given. */
    private DigestCredentials answer(String username, String password, String algorithm, String qop) {
        String nonce = nonces.issue("asterisk", SOURCE);
        DigestAlgorithm used = algorithm.isEmpty() ? DigestAlgorithm.MD5 : DigestAlgorithm.byName(algorithm).orElseThrow();
        DigestCredentials unsigned = new DigestCredentials(username, "asterisk", nonce, "sip:asterism.example", "",
                algorithm, qop, qop.isEmpty() ? "" : "00000001", qop.isEmpty() ? "" : "c0ffee", "");
        String response = unsigned.expectedResponse(used, DigestResponse.ha1(used, username, "asterisk", password),
                "REGISTER");
        return new DigestCredentials(username, "asterisk", nonce, unsigned.uri(), response.toUpperCase(), algorithm,
                qop, unsigned.nonceCount(), unsigned.cnonce(), "");
    }

    private AuthOutcome verify(DigestCredentials... presented) {
        return verifier.verify("REGISTER", SOURCE, List.of(presented), alice);
    }

    @Test
    public void outcomes() {
        assertEquals(AuthOutcome.ACCEPTED, verify(answer("alice", "wonderland", "MD5", "auth")));
        assertEquals(AuthOutcome.ACCEPTED, verify(answer("alice", "wonderland", "SHA-256", "auth")));
        assertEquals("no algorithm means MD5", AuthOutcome.ACCEPTED, verify(answer("alice", "wonderland", "", "auth")));
        assertEquals("RFC 2069 client", AuthOutcome.ACCEPTED, verify(answer("alice", "wonderland", "MD5", "")));
        assertEquals(AuthOutcome.WRONG_PASSWORD, verify(answer("alice", "looking-glass", "MD5", "auth")));
        assertEquals(AuthOutcome.UNKNOWN_ACCOUNT, verify(answer("mallory", "wonderland", "MD5", "auth")));
        assertEquals(AuthOutcome.NO_CREDENTIALS, verify());
    }

    @Test
    public void staleOnlyWhenTheResponseIsRight() {
        DigestCredentials right = answer("alice", "wonderland", "MD5", "auth");
        DigestCredentials wrong = answer("alice", "looking-glass", "MD5", "auth");
        clock.advance(Duration.ofSeconds(33));
        assertEquals(AuthOutcome.STALE_NONCE, verify(right));
        assertEquals(AuthOutcome.WRONG_PASSWORD, verify(wrong));
    }

    @Test
    public void unusableCredentials() {
        DigestCredentials good = answer("alice", "wonderland", "MD5", "auth");
        assertEquals("algorithm not offered", AuthOutcome.UNUSABLE_CREDENTIALS,
                verify(answer("alice", "wonderland", "SHA-512-256", "auth")));
        assertEquals("unknown algorithm", AuthOutcome.UNUSABLE_CREDENTIALS, verify(copy(good, "algorithm", "SHA-1")));
        assertEquals("auth-int", AuthOutcome.UNUSABLE_CREDENTIALS, verify(copy(good, "qop", "auth-int")));
        assertEquals("nc not 8 hex digits", AuthOutcome.UNUSABLE_CREDENTIALS, verify(copy(good, "nc", "1")));
        assertEquals("no cnonce", AuthOutcome.UNUSABLE_CREDENTIALS, verify(copy(good, "cnonce", "")));
        assertEquals("no uri", AuthOutcome.UNUSABLE_CREDENTIALS, verify(copy(good, "uri", "")));
    }

    @Test
    public void onlyTheFirstCredentialsForTheRealmCount() {
        DigestCredentials good = answer("alice", "wonderland", "MD5", "auth");
        DigestCredentials otherRealm = copy(good, "realm", "elsewhere");
        assertEquals(AuthOutcome.ACCEPTED, verify(otherRealm, good));
        assertEquals(AuthOutcome.NO_CREDENTIALS, verify(otherRealm));
        assertEquals(AuthOutcome.WRONG_PASSWORD, verify(answer("alice", "looking-glass", "MD5", "auth"), good));
    }

    @Test
    public void theStandInAcceptsNobody() {
        InboundCredential standIn = InboundCredential.standIn("asterisk", List.of(DigestAlgorithm.MD5), 32);
        assertEquals(AuthOutcome.UNKNOWN_ACCOUNT,
                verifier.verify("REGISTER", SOURCE, List.of(answer("", "", "MD5", "auth")), standIn));
        assertEquals(AuthOutcome.UNKNOWN_ACCOUNT,
                verifier.verify("REGISTER", SOURCE, List.of(answer("", "decoy", "MD5", "auth")), standIn));
    }

    @Test
    public void md5CredIsUsedAsHa1AndAStoredDigestWinsOverThePassword() {
        String ha1 = DigestResponse.ha1(DigestAlgorithm.MD5, "alice", "asterisk", "wonderland").toUpperCase();
        InboundCredential stored = new InboundCredential("alice-auth", true, "alice", "asterisk",
                List.of(DigestAlgorithm.MD5), Map.of(DigestAlgorithm.MD5, ha1), Optional.of("not-this"), 32);
        assertEquals(AuthOutcome.ACCEPTED, verifier.verify("REGISTER", SOURCE,
                List.of(answer("alice", "wonderland", "MD5", "auth")), stored));
        assertEquals(AuthOutcome.WRONG_PASSWORD, verifier.verify("REGISTER", SOURCE,
                List.of(answer("alice", "not-this", "MD5", "auth")), stored));
    }

    @Test
    public void theMethodIsPartOfTheDigest() {
        assertEquals(AuthOutcome.WRONG_PASSWORD, verifier.verify("INVITE", SOURCE,
                List.of(answer("alice", "wonderland", "MD5", "auth")), alice));
    }

    private static DigestCredentials copy(DigestCredentials c, String field, String value) {
        return new DigestCredentials(c.username(), field.equals("realm") ? value : c.realm(), c.nonce(),
                field.equals("uri") ? value : c.uri(), c.response(), field.equals("algorithm") ? value : c.algorithm(),
                field.equals("qop") ? value : c.qop(), field.equals("nc") ? value : c.nonceCount(),
                field.equals("cnonce") ? value : c.cnonce(), c.opaque());
    }
}
