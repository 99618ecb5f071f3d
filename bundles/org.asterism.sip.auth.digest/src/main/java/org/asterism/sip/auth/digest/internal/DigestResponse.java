package org.asterism.sip.auth.digest.internal;

/** The digest computations of RFC 7616 §3.4.1 (and RFC 2617 §3.2.2.1 when the client sent no qop). */
final class DigestResponse {

    private DigestResponse() {
    }

    /** A1 hashed: H(username ":" realm ":" password), what {@code md5_cred} and {@code password_digest} store. */
    static String ha1(DigestAlgorithm algorithm, String username, String realm, String password) {
        return algorithm.hash(username + ":" + realm + ":" + password);
    }

    /**
     * The request-digest for credentials: with qop "auth", KD(H(A1), nonce:nc:cnonce:qop:H(A2)); without qop (RFC
     * 2069 clients, which pjproject also accepts), KD(H(A1), nonce:H(A2)); A2 = method ":" digest-uri.
     */
    static String response(DigestAlgorithm algorithm, String ha1, String method, DigestCredentials credentials) {
        String ha2 = algorithm.hash(method + ":" + credentials.uri());
        if (credentials.qop().isEmpty()) {
            return algorithm.hash(ha1 + ":" + credentials.nonce() + ":" + ha2);
        }
        return algorithm.hash(ha1 + ":" + credentials.nonce() + ":" + credentials.nonceCount() + ":"
                + credentials.cnonce() + ":" + credentials.qop() + ":" + ha2);
    }
}
