package org.asterism.sip.api.digest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Auth;
import org.junit.Test;

public class AuthSecretsTest {

    private static final String MD5_HA1 = DigestResponseTest.md5("alice:asterisk:wonderland");
    private static final String SHA_HA1 = DigestAlgorithm.SHA_256.hash("alice:asterisk:wonderland");

    @Test
    public void aPasswordServesEveryAlgorithmInTheRealmAsked() {
        Auth auth = new Auth("a", "userpass", "alice", Optional.of("wonderland"), Optional.empty(), Optional.empty(), 32, Map.of());
        assertEquals(Optional.of(MD5_HA1), AuthSecrets.ha1(auth, DigestAlgorithm.MD5, "asterisk"));
        assertEquals(Optional.of(SHA_HA1), AuthSecrets.ha1(auth, DigestAlgorithm.SHA_256, "asterisk"));
        assertTrue(AuthSecrets.hasSecret(auth, DigestAlgorithm.SHA_512_256));
    }

    @Test
    public void md5CredServesMd5Only() {
        Auth auth = new Auth("a", "md5", "alice", Optional.empty(), Optional.of(MD5_HA1.toUpperCase()), Optional.empty(), 32,
                Map.of("md5_cred", MD5_HA1.toUpperCase()));
        assertEquals("stored digests are lower case", Optional.of(MD5_HA1), AuthSecrets.ha1(auth, DigestAlgorithm.MD5, "elsewhere"));
        assertEquals(Optional.empty(), AuthSecrets.ha1(auth, DigestAlgorithm.SHA_256, "asterisk"));
        assertFalse(AuthSecrets.hasSecret(auth, DigestAlgorithm.SHA_256));
    }

    @Test
    public void aStoredDigestWinsOverThePassword() {
        Auth auth = new Auth("a", "digest", "alice", Optional.of("not-this"), Optional.empty(), Optional.empty(), 32,
                Map.of("password_digest", "SHA-256:" + SHA_HA1 + "," + MD5_HA1));
        assertEquals(Map.of(DigestAlgorithm.SHA_256, SHA_HA1, DigestAlgorithm.MD5, MD5_HA1), AuthSecrets.storedHa1(auth));
        assertEquals(Optional.of(SHA_HA1), AuthSecrets.ha1(auth, DigestAlgorithm.SHA_256, "asterisk"));
        assertEquals(Optional.of(DigestAlgorithm.SHA_512_256.hash("alice:asterisk:not-this")),
                AuthSecrets.ha1(auth, DigestAlgorithm.SHA_512_256, "asterisk"));
    }
}
