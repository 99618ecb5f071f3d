package org.asterism.sip.auth.digest.internal;

import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sip.header.HeaderFactory;
import javax.sip.header.WWWAuthenticateHeader;

import org.asterism.sip.api.digest.DigestAlgorithm;

/**
 * The {@code WWW-Authenticate} headers of a 401, as Asterisk's digest_check_auth builds them: for each inbound auth,
 * one challenge per supported algorithm, a realm and algorithm offered once only (RFC 7616 §3.7); each with a fresh
 * nonce, a random opaque and qop="auth", and {@code stale=true} where that auth's credentials were right but their
 * nonce was not fresh. Algorithms come strongest first (RFC 8760 §2.4).
 */
final class DigestChallenge {

    private static final String QOP = "auth";

    private final NonceIssuer nonces;
    private final SecureRandom random;

    DigestChallenge(NonceIssuer nonces, SecureRandom random) {
        this.nonces = nonces;
        this.random = random;
    }

    /** One offer: a realm and algorithm, and whether the client's last nonce for it was stale. */
    record Offer(String realm, DigestAlgorithm algorithm, boolean stale) {
    }

    /** The offers for a set of credentials and the outcome each gave, duplicates dropped, in order. */
    static List<Offer> offers(List<InboundCredential> credentials, List<AuthOutcome> outcomes) {
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (int i = 0; i < credentials.size(); i++) {
            InboundCredential credential = credentials.get(i);
            boolean stale = outcomes.get(i) == AuthOutcome.STALE_NONCE;
            for (DigestAlgorithm algorithm : credential.algorithms()) {
                offers.putIfAbsent(credential.realm() + "\0" + algorithm.ianaName(),
                        new Offer(credential.realm(), algorithm, stale));
            }
        }
        return List.copyOf(offers.values());
    }

    List<WWWAuthenticateHeader> headers(HeaderFactory factory, String source, List<Offer> offers)
            throws ParseException {
        List<WWWAuthenticateHeader> headers = new ArrayList<>();
        for (Offer offer : offers) {
            WWWAuthenticateHeader header = factory.createWWWAuthenticateHeader(DigestCredentials.SCHEME);
            header.setRealm(offer.realm());
            header.setNonce(nonces.issue(offer.realm(), source));
            header.setOpaque(opaque());
            header.setAlgorithm(offer.algorithm().ianaName());
            header.setQop(QOP);
            if (offer.stale()) {
                header.setStale(true);
            }
            headers.add(header);
        }
        return headers;
    }

    /** Random, as pjproject's pjsip_auth_srv_challenge makes it; the client returns it and nobody checks it. */
    private String opaque() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
