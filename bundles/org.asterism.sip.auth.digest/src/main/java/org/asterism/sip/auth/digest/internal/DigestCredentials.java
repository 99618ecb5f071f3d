package org.asterism.sip.auth.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Request;

import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.digest.DigestResponse;

/**
 * One {@code Authorization: Digest ...} header as the client wrote it. Values are the parameters as sent (quotes
 * removed), "" when absent: the response is computed over the exact strings the client used.
 */
record DigestCredentials(String username, String realm, String nonce, String uri, String response, String algorithm,
        String qop, String nonceCount, String cnonce, String opaque) {

    static final String SCHEME = "Digest";

    /**
     * The Digest credentials of a request, in order. Only {@code Authorization} counts: a UAS does not read
     * {@code Proxy-Authorization} (Asterisk's server is set up without PJSIP_AUTH_SRV_IS_PROXY), and a header in
     * any other scheme (RFC 4475 §3.1.2.10, "regaut01") is no credential at all.
     */
    static List<DigestCredentials> presentedIn(Request request) {
        List<DigestCredentials> found = new ArrayList<>();
        ListIterator<?> headers = request.getHeaders(AuthorizationHeader.NAME);
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof AuthorizationHeader header && SCHEME.equalsIgnoreCase(header.getScheme())) {
                found.add(new DigestCredentials(value(header, "username"), value(header, "realm"),
                        value(header, "nonce"), value(header, "uri"), value(header, "response"),
                        value(header, "algorithm"), value(header, "qop"), value(header, "nc"), value(header, "cnonce"),
                        value(header, "opaque")));
            }
        }
        return found;
    }

    /** The request-digest these credentials should carry, computed over their own values with this H(A1). */
    String expectedResponse(DigestAlgorithm algorithm, String ha1, String method) {
        return DigestResponse.response(algorithm, ha1, method, uri, nonce, qop, nonceCount, cnonce);
    }

    private static String value(AuthorizationHeader header, String name) {
        String value = header.getParameter(name);
        return value == null ? "" : value;
    }
}
