package org.asterism.sip.api.digest;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Auth;

/**
 * The secrets a {@code type=auth} object holds for digest authentication, by algorithm, as Asterisk 21+ reads them
 * (res_pjsip/config_auth.c): pre-computed H(A1) values from {@code password_digest} ("SHA-256:hex"; a bare digest is
 * MD5) and {@code md5_cred}, and the plain-text {@code password}. For an algorithm, a stored digest wins over the
 * password, whatever {@code auth_type} says (ast_sip_auth_get_creds).
 */
public final class AuthSecrets {

    private AuthSecrets() {
    }

    /** The pre-computed H(A1) values by algorithm, in lower-case hex: {@code password_digest}, then {@code md5_cred}. */
    public static Map<DigestAlgorithm, String> storedHa1(Auth auth) {
        Map<DigestAlgorithm, String> digests = new EnumMap<>(DigestAlgorithm.class);
        for (String item : auth.options().getOrDefault("password_digest", "").split(",")) {
            int colon = item.indexOf(':');
            String digest = item.substring(colon + 1).trim();
            if (digest.isEmpty()) {
                continue;
            }
            Optional<DigestAlgorithm> algorithm = colon < 0 ? Optional.of(DigestAlgorithm.MD5)
                    : DigestAlgorithm.byName(item.substring(0, colon));
            algorithm.ifPresent(known -> digests.put(known, digest.toLowerCase(Locale.ROOT)));
        }
        auth.md5Cred().filter(digest -> !digest.isBlank())
                .ifPresent(digest -> digests.put(DigestAlgorithm.MD5, digest.trim().toLowerCase(Locale.ROOT)));
        return digests;
    }

    /** Whether the auth has a secret for the algorithm: a stored digest for it, or a password. */
    public static boolean hasSecret(Auth auth, DigestAlgorithm algorithm) {
        return auth.password().isPresent() || storedHa1(auth).containsKey(algorithm);
    }

    /**
     * H(A1) for the algorithm in the realm: the stored digest for that algorithm if there is one (it was computed for
     * the realm the operator had in mind), else computed from the username and password; empty when neither.
     */
    public static Optional<String> ha1(Auth auth, DigestAlgorithm algorithm, String realm) {
        String stored = storedHa1(auth).get(algorithm);
        if (stored != null) {
            return Optional.of(stored);
        }
        return auth.password().map(password -> DigestResponse.ha1(algorithm, auth.username(), realm, password));
    }
}
