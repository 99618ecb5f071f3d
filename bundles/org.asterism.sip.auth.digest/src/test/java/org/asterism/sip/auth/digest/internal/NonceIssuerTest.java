package org.asterism.sip.auth.digest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class NonceIssuerTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final NonceIssuer issuer = new NonceIssuer(new byte[] { 1, 2, 3, 4 }, clock, new SecureRandom());

    @Test
    public void freshForItsLifetimeThenStale() {
        String nonce = issuer.issue("asterisk", "192.0.2.10");
        assertTrue(issuer.isFresh(nonce, "asterisk", "192.0.2.10", 32));
        clock.advance(Duration.ofSeconds(32));
        assertTrue("Asterisk: stale only once older than nonce_lifetime", issuer.isFresh(nonce, "asterisk", "192.0.2.10", 32));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(issuer.isFresh(nonce, "asterisk", "192.0.2.10", 32));
    }

    @Test
    public void boundToRealmSourceAndSecret() {
        String nonce = issuer.issue("asterisk", "192.0.2.10");
        assertFalse(issuer.isFresh(nonce, "pbx.example.com", "192.0.2.10", 32));
        assertFalse(issuer.isFresh(nonce, "asterisk", "192.0.2.11", 32));
        assertFalse(new NonceIssuer(new byte[] { 9 }, clock, new SecureRandom()).isFresh(nonce, "asterisk", "192.0.2.10", 32));
        assertNotEquals("unique, even within a second", nonce, issuer.issue("asterisk", "192.0.2.10"));
    }

    @Test
    public void tamperedOrMalformedNoncesAreNotFresh() {
        String nonce = issuer.issue("asterisk", "192.0.2.10");
        String[] parts = nonce.split("/");
        long issued = Long.parseLong(parts[0]);
        assertFalse("a later timestamp under the old tag",
                issuer.isFresh((issued + 1) + "/" + parts[1] + "/" + parts[2], "asterisk", "192.0.2.10", 32));
        String otherSalt = issuer.issue("asterisk", "192.0.2.10").split("/")[1];
        assertFalse("another salt under the old tag",
                issuer.isFresh(parts[0] + "/" + otherSalt + "/" + parts[2], "asterisk", "192.0.2.10", 32));
        for (String bad : new String[] { "", "/", "abc", "123", "123/", "-5/x", "99999999999999999999/x/y",
                "/" + parts[1] + "/" + parts[2], nonce + "x", nonce.substring(0, nonce.length() - 1) }) {
            assertFalse(bad, issuer.isFresh(bad, "asterisk", "192.0.2.10", 32));
        }
    }

    @Test
    public void aNonceFromTheFutureIsStale() {
        String nonce = issuer.issue("asterisk", "192.0.2.10");
        clock.advance(Duration.ofSeconds(-10));
        assertFalse(issuer.isFresh(nonce, "asterisk", "192.0.2.10", 32));
    }
}
