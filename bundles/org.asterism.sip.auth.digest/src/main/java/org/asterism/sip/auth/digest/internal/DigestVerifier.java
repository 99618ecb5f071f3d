package org.asterism.sip.auth.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.digest.DigestResponse;

/**
 * Checks a request's Digest credentials against one inbound credential, with no I/O and no state.
 *
 * <p>Whatever the outcome, once credentials for the realm are present it checks the nonce and computes and compares
 * a full request-digest: for an unknown account or an unusable credential it does so over a decoy secret. A wrong
 * password and an unknown user thus take the same path, and differ from the outside neither in the 401 nor in the
 * time it takes.
 *
 * <p>Nonce counts are not tracked, as neither Asterisk nor pjproject tracks them: with stateless nonces there is no
 * table to record the last count in. A captured Authorization could be replayed only from the same source address,
 * for the same method, within {@code nonce_lifetime} (32 s by default), and the SIP transaction layer absorbs
 * retransmissions of the same request. The count must still be well-formed (8 hex digits) when qop is given.
 */
final class DigestVerifier {

    private static final Pattern NONCE_COUNT = Pattern.compile("[0-9a-fA-F]{8}");

    private final NonceIssuer nonces;
    private final String decoyPassword;

    /**
     * @param decoyPassword a secret of this instance only, standing in for the password an unknown account lacks
     */
    DigestVerifier(NonceIssuer nonces, String decoyPassword) {
        this.nonces = nonces;
        this.decoyPassword = decoyPassword;
    }

    /**
     * @param method the request's method, as it enters A2
     * @param source the client's address, to which nonces are bound
     * @param presented the request's Digest credentials; only the first for the expected realm counts (as in
     *        pjproject), the others are ignored
     */
    AuthOutcome verify(String method, String source, List<DigestCredentials> presented, InboundCredential expected) {
        Optional<DigestCredentials> found = presented.stream()
                .filter(credentials -> credentials.realm().equals(expected.realm())).findFirst();
        if (found.isEmpty()) {
            return AuthOutcome.NO_CREDENTIALS;
        }
        DigestCredentials credentials = found.get();
        boolean knownAccount = expected.account() && expected.username().equals(credentials.username());
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.ofParameter(credentials.algorithm());
        Optional<String> ha1 = knownAccount && wellFormed(credentials) ? algorithm.flatMap(expected::ha1)
                : Optional.empty();

        DigestAlgorithm used = algorithm.orElse(DigestAlgorithm.MD5);
        String secret = ha1.orElseGet(
                () -> DigestResponse.ha1(used, credentials.username(), expected.realm(), decoyPassword));
        boolean responseMatches = MessageDigest.isEqual(
                credentials.expectedResponse(used, secret, method).getBytes(StandardCharsets.US_ASCII),
                credentials.response().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        boolean fresh = nonces.isFresh(credentials.nonce(), expected.realm(), source, expected.nonceLifetime());

        if (!knownAccount) {
            return AuthOutcome.UNKNOWN_ACCOUNT;
        }
        if (ha1.isEmpty()) {
            return AuthOutcome.UNUSABLE_CREDENTIALS;
        }
        if (!responseMatches) {
            return AuthOutcome.WRONG_PASSWORD;
        }
        return fresh ? AuthOutcome.ACCEPTED : AuthOutcome.STALE_NONCE;
    }

    /** What RFC 7616 §3.4 requires of credentials answering our qop="auth" challenge, or of an RFC 2069 client. */
    private static boolean wellFormed(DigestCredentials credentials) {
        if (credentials.nonce().isEmpty() || credentials.uri().isEmpty() || credentials.response().isEmpty()) {
            return false;
        }
        if (credentials.qop().isEmpty()) {
            return true; // RFC 2069 style, which pjproject (and so Asterisk) still accepts
        }
        return credentials.qop().equalsIgnoreCase("auth") && !credentials.cnonce().isEmpty()
                && NONCE_COUNT.matcher(credentials.nonceCount()).matches();
    }
}
