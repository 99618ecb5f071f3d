package org.asterism.sip.auth.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless nonces: "{@code <issued, epoch seconds>/<salt>/<HMAC-SHA-256>}", the MAC taken over the issue time, the
 * salt, the client's address and the realm, under a secret drawn when the component starts. Only this instance can
 * mint them; a restart or a reload of the module makes all earlier ones unknown (the client then gets
 * {@code stale=true} and retries); no table of issued nonces is kept. The random salt makes every challenge's nonce
 * unique, even two in the same second. Like Asterisk's build_nonce, the address is the source IP without the port
 * (a TCP client may reconnect from another port).
 */
final class NonceIssuer {

    private static final String MAC_ALGORITHM = "HmacSHA256";
    private static final Pattern NONCE = Pattern.compile("([0-9]{1,18})/([A-Za-z0-9_-]{16})/[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random;

    NonceIssuer(byte[] secret, Clock clock, SecureRandom random) {
        this.key = new SecretKeySpec(secret.clone(), MAC_ALGORITHM);
        this.clock = clock;
        this.random = random;
    }

    String issue(String realm, String source) {
        byte[] salt = new byte[12];
        random.nextBytes(salt);
        return stamp(clock.instant().getEpochSecond(), BASE64URL.encodeToString(salt), realm, source);
    }

    /**
     * Whether this instance issued the nonce for this realm and source no more than {@code lifetimeSeconds} ago
     * (Asterisk's check_nonce: older than the lifetime is stale; one issued "in the future", after the clock went
     * back, is stale too). Compares in constant time.
     */
    boolean isFresh(String nonce, String realm, String source, long lifetimeSeconds) {
        Matcher parts = NONCE.matcher(nonce);
        if (!parts.matches()) {
            return false;
        }
        long issued = Long.parseLong(parts.group(1));
        boolean authentic = MessageDigest.isEqual(
                stamp(issued, parts.group(2), realm, source).getBytes(StandardCharsets.US_ASCII),
                nonce.getBytes(StandardCharsets.US_ASCII));
        long age = clock.instant().getEpochSecond() - issued;
        return authentic && age >= 0 && age <= lifetimeSeconds;
    }

    private String stamp(long issued, String salt, String realm, String source) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key);
            // NUL separators: no field can run into the next
            String fields = issued + "\0" + salt + "\0" + source + "\0" + realm;
            byte[] tag = mac.doFinal(fields.getBytes(StandardCharsets.UTF_8));
            return issued + "/" + salt + "/" + BASE64URL.encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
