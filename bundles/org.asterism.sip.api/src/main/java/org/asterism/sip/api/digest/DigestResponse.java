package org.asterism.sip.api.digest;

/**
 * The digest computations of RFC 7616 §3.4.1, and of RFC 2617 §3.2.2.1 (RFC 2069 compatibility) when there is no
 * qop: what a UAS recomputes to check credentials and a UAC computes to answer a challenge.
 */
public final class DigestResponse {

    private DigestResponse() {
    }

    /**
     * H(A1) = H(username ":" realm ":" password), what {@code md5_cred} and {@code password_digest} store.
     */
    public static String ha1(DigestAlgorithm algorithm, String username, String realm, String password) {
        return algorithm.hash(username + ":" + realm + ":" + password);
    }

    /**
     * The request-digest ({@code response} parameter). With qop "auth": KD(H(A1), nonce ":" nc ":" cnonce ":" qop ":"
     * H(A2)); without qop: KD(H(A1), nonce ":" H(A2)); where A2 = method ":" digest-uri and KD(secret, data) =
     * H(secret ":" data). Every value enters exactly as written in the header (case kept).
     *
     * @param ha1 H(A1) in lower-case hex
     * @param method the request's method, as in A2
     * @param digestUri the {@code uri} parameter
     * @param nonce the server's nonce
     * @param qop "auth", or "" for none (then {@code nonceCount} and {@code cnonce} are not used)
     * @param nonceCount {@code nc}: 8 hex digits
     * @param cnonce the client's nonce
     * @return the request-digest in lower-case hex
     */
    public static String response(DigestAlgorithm algorithm, String ha1, String method, String digestUri, String nonce,
            String qop, String nonceCount, String cnonce) {
        String ha2 = algorithm.hash(method + ":" + digestUri);
        if (qop.isEmpty()) {
            return algorithm.hash(ha1 + ":" + nonce + ":" + ha2);
        }
        return algorithm.hash(ha1 + ":" + nonce + ":" + nonceCount + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
