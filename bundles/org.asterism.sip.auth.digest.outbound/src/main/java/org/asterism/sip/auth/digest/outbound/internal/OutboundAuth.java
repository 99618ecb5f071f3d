package org.asterism.sip.auth.digest.outbound.internal;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.digest.AuthSecrets;
import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.endpoint.Auth;

/**
 * One {@code type=auth} object as a UAC uses it: the auth and the algorithms it may answer with
 * ({@code supported_algorithms_uac}, else the global {@code default_auth_algorithms_uac}, else MD5).
 */
record OutboundAuth(Auth auth, List<DigestAlgorithm> algorithms) {

    OutboundAuth {
        algorithms = List.copyOf(algorithms);
    }

    /**
     * Whether it can answer a challenge with this algorithm: the algorithm is one it supports as a UAC and it holds a
     * secret for it (a password, or a stored digest for that algorithm), as ast_sip_auth_is_algorithm_available.
     */
    boolean canAnswer(DigestAlgorithm algorithm) {
        return algorithms.contains(algorithm) && AuthSecrets.hasSecret(auth, algorithm);
    }

    /** An auth with no realm, or "*", answers challenges of any realm that no auth names exactly. */
    boolean anyRealm() {
        String realm = auth.realm().map(String::trim).orElse("");
        return realm.isEmpty() || realm.equals("*");
    }

    boolean namesRealm(String realm) {
        return auth.realm().map(String::trim).filter(own -> own.equalsIgnoreCase(realm)).isPresent();
    }

    /**
     * The auth to answer a challenge of this realm and algorithm with, as Asterisk's get_creds_for_header picks it:
     * among those that can answer the algorithm, the first whose realm is the challenge's (compared ignoring case),
     * else the first that takes any realm. The global {@code default_realm} plays no part on this side.
     */
    static Optional<OutboundAuth> choose(List<OutboundAuth> auths, String realm, DigestAlgorithm algorithm) {
        Optional<OutboundAuth> wildcard = Optional.empty();
        for (OutboundAuth auth : auths) {
            if (!auth.canAnswer(algorithm)) {
                continue;
            }
            if (auth.namesRealm(realm)) {
                return Optional.of(auth);
            }
            if (wildcard.isEmpty() && auth.anyRealm()) {
                wildcard = Optional.of(auth);
            }
        }
        return wildcard;
    }
}
