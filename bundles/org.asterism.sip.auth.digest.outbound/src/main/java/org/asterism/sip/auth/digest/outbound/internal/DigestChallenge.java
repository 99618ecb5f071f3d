package org.asterism.sip.auth.digest.outbound.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;

import org.asterism.sip.api.digest.DigestAlgorithm;

/**
 * One Digest challenge of a 401 ({@code WWW-Authenticate}) or 407 ({@code Proxy-Authenticate}), values as the
 * server wrote them; absent parameters are null.
 *
 * @param algorithm the {@code algorithm} parameter as written, or null (meaning MD5)
 * @param qop the {@code qop} parameter: a comma-separated list of options, or null for an RFC 2069 challenge
 */
record DigestChallenge(String realm, String nonce, String opaque, String algorithm, String qop, boolean stale) {

    static final String SCHEME = "Digest";
    static final String QOP_AUTH = "auth";

    /** The Digest challenges of a 401 or 407, in order; those of other schemes are left out. */
    static List<DigestChallenge> of(Response response) {
        String name = response.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED ? "Proxy-Authenticate"
                : WWWAuthenticateHeader.NAME;
        List<DigestChallenge> challenges = new ArrayList<>();
        ListIterator<?> headers = response.getHeaders(name);
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof WWWAuthenticateHeader header && SCHEME.equalsIgnoreCase(header.getScheme())
                    && header.getRealm() != null && header.getNonce() != null) {
                challenges.add(new DigestChallenge(header.getRealm(), header.getNonce(), header.getOpaque(),
                        header.getAlgorithm(), header.getQop(), header.isStale()));
            }
        }
        return challenges;
    }

    /** The algorithm, if this side knows it (no parameter means MD5). */
    Optional<DigestAlgorithm> digestAlgorithm() {
        return DigestAlgorithm.ofParameter(algorithm);
    }

    /**
     * The qop to answer with: "auth" when offered, "" when the challenge has no qop (RFC 2069); empty when it offers
     * only options this side does not do (auth-int), as pjproject.
     */
    Optional<String> answerQop() {
        if (qop == null || qop.isBlank()) {
            return Optional.of("");
        }
        for (String option : qop.split(",")) {
            if (option.trim().toLowerCase(Locale.ROOT).equals(QOP_AUTH)) {
                return Optional.of(QOP_AUTH);
            }
        }
        return Optional.empty();
    }

    /** "realm/algorithm", as Asterisk lists what it could not answer. */
    String describe() {
        return realm + "/" + (algorithm == null ? "" : algorithm);
    }
}
