package org.asterism.sip.auth.digest.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.digest.DigestResponse;

/**
 * What a request must prove for one inbound {@code type=auth} object, resolved against the global defaults.
 *
 * @param authId the auth section's name; "" for the stand-in
 * @param account false for the stand-in that answers for unknown endpoints (Asterisk's "artificial" auth): it
 *        challenges like a real auth but accepts nobody
 * @param username who the credentials must name
 * @param realm the auth's {@code realm}, else the global {@code default_realm}
 * @param algorithms the algorithms to challenge with, strongest first: {@code supported_algorithms_uas}, else the
 *        global {@code default_auth_algorithms_uas}, keeping only those it has a secret for
 * @param storedHa1 pre-computed H(A1) by algorithm, lower-case hex ({@code md5_cred}, {@code password_digest})
 * @param password the plain-text {@code password}, if set
 * @param nonceLifetime {@code nonce_lifetime} in seconds
 */
record InboundCredential(String authId, boolean account, String username, String realm,
        List<DigestAlgorithm> algorithms, Map<DigestAlgorithm, String> storedHa1, Optional<String> password,
        int nonceLifetime) {

    InboundCredential {
        Map<DigestAlgorithm, String> lowerCase = new EnumMap<>(DigestAlgorithm.class);
        storedHa1.forEach((algorithm, digest) -> lowerCase.put(algorithm, digest.toLowerCase(Locale.ROOT)));
        boolean everyAlgorithmServed = !account || password.isPresent();
        algorithms = algorithms.stream().sorted().distinct()
                .filter(algorithm -> everyAlgorithmServed || lowerCase.containsKey(algorithm)).toList();
        storedHa1 = Map.copyOf(lowerCase);
    }

    /** The credential that answers for a request from no known endpoint: a real-looking challenge, no account. */
    static InboundCredential standIn(String realm, List<DigestAlgorithm> algorithms, int nonceLifetime) {
        return new InboundCredential("", false, "", realm, algorithms, Map.of(), Optional.empty(), nonceLifetime);
    }

    /**
     * H(A1) for an algorithm, as Asterisk 21+ picks the secret (ast_sip_auth_get_creds): a stored digest for that
     * algorithm when there is one, whatever {@code auth_type} says, else the password.
     */
    Optional<String> ha1(DigestAlgorithm algorithm) {
        if (!account || !algorithms.contains(algorithm)) {
            return Optional.empty();
        }
        String stored = storedHa1.get(algorithm);
        if (stored != null) {
            return Optional.of(stored);
        }
        return password.map(secret -> DigestResponse.ha1(algorithm, username, realm, secret));
    }
}
