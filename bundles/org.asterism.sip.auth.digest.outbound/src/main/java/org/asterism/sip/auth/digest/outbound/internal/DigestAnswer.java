package org.asterism.sip.auth.digest.outbound.internal;

import java.text.ParseException;

import javax.sip.header.AuthorizationHeader;
import javax.sip.header.HeaderFactory;

import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.digest.DigestResponse;

/**
 * The credentials answering one challenge (RFC 7616 §3.4): the values of an {@code Authorization} or
 * {@code Proxy-Authorization} header, the request-digest computed over exactly the strings the header carries.
 *
 * @param algorithmParameter the challenge's {@code algorithm} as written, echoed; null to send none (MD5)
 * @param qop "auth", or "" to answer an RFC 2069 challenge (then no cnonce and nc are sent)
 * @param nonceCount how many requests this nonce has now answered, 1 the first time
 * @param opaque the challenge's {@code opaque}, echoed; null when it had none
 */
record DigestAnswer(String username, String realm, String nonce, String digestUri, String algorithmParameter,
        String qop, String cnonce, int nonceCount, String opaque, String response) {

    /** Computes the answer for a request: {@code ha1} is H(A1) for the challenge's algorithm and realm. */
    static DigestAnswer compute(DigestChallenge challenge, DigestAlgorithm algorithm, String username, String ha1,
            String method, String digestUri, String qop, String cnonce, int nonceCount) {
        String response = DigestResponse.response(algorithm, ha1, method, digestUri, challenge.nonce(), qop,
                nc(nonceCount), cnonce);
        return new DigestAnswer(username, challenge.realm(), challenge.nonce(), digestUri, challenge.algorithm(), qop,
                qop.isEmpty() ? null : cnonce, nonceCount, challenge.opaque(), response);
    }

    /** {@code nc}: the count as 8 hex digits. */
    static String nc(int count) {
        return String.format("%08x", count);
    }

    /** The header: Authorization answering a 401, Proxy-Authorization a 407. */
    AuthorizationHeader header(HeaderFactory headers, boolean proxy) throws ParseException {
        AuthorizationHeader header = proxy ? headers.createProxyAuthorizationHeader(DigestChallenge.SCHEME)
                : headers.createAuthorizationHeader(DigestChallenge.SCHEME);
        header.setUsername(username);
        header.setRealm(realm);
        header.setNonce(nonce);
        header.setParameter("uri", digestUri);
        header.setResponse(response);
        if (algorithmParameter != null) {
            header.setAlgorithm(algorithmParameter);
        }
        if (!qop.isEmpty()) {
            header.setCNonce(cnonce);
        }
        if (opaque != null) {
            header.setOpaque(opaque);
        }
        if (!qop.isEmpty()) {
            header.setQop(qop);
            header.setNonceCount(nonceCount);
        }
        return header;
    }
}
