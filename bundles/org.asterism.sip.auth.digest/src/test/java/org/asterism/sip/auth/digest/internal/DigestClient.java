package org.asterism.sip.auth.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.sip.header.WWWAuthenticateHeader;

/**
 * A UAC answering a challenge, written apart from the server's code (straight from RFC 7616 §3.4.1 with JCA
 * digests) so that the two cannot share a mistake.
 */
final class DigestClient {

    private final String username;
    private final String password;

    DigestClient(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** The Authorization header line answering a challenge for a request, qop=auth, nc=00000001. */
    String authorization(WWWAuthenticateHeader challenge, String method, String uri) {
        String algorithm = challenge.getAlgorithm();
        String realm = challenge.getRealm();
        String nonce = challenge.getNonce();
        String cnonce = "0a4f113b";
        String nc = "00000001";
        String ha1 = hash(algorithm, username + ":" + realm + ":" + password);
        String ha2 = hash(algorithm, method + ":" + uri);
        String response = hash(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        return "Authorization: Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=" + algorithm + ", cnonce=\""
                + cnonce + "\", nc=" + nc + ", qop=auth, opaque=\"" + challenge.getOpaque() + "\"";
    }

    static String hash(String algorithm, String text) {
        try {
            String jca = algorithm.equalsIgnoreCase("SHA-512-256") ? "SHA-512/256" : algorithm;
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
