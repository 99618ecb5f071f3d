package org.asterism.sip.api.digest;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

/** The computations against the RFCs' own examples. */
public class DigestResponseTest {

    /** RFC 7616 §3.9.1: the request of the example, as the client sends it. */
    private static final String REALM = "http-auth@example.org";
    private static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    public void rfc7616Md5() {
        String ha1 = DigestResponse.ha1(DigestAlgorithm.MD5, "Mufasa", REALM, "Circle of Life");
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", DigestResponse.response(DigestAlgorithm.MD5, ha1, "GET",
                "/dir/index.html", NONCE, "auth", "00000001", CNONCE));
    }

    @Test
    public void rfc7616Sha256() {
        String ha1 = DigestResponse.ha1(DigestAlgorithm.SHA_256, "Mufasa", REALM, "Circle of Life");
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", DigestResponse.response(
                DigestAlgorithm.SHA_256, ha1, "GET", "/dir/index.html", NONCE, "auth", "00000001", CNONCE));
    }

    /** RFC 2617 §3.5: qop=auth with MD5, another realm, nonce and cnonce. */
    @Test
    public void rfc2617Example() {
        String ha1 = DigestResponse.ha1(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1", DigestResponse.response(DigestAlgorithm.MD5, ha1, "GET",
                "/dir/index.html", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth", "00000001", "0a4f113b"));
    }

    /** Without qop (RFC 2069 clients): KD(H(A1), nonce ":" H(A2)). */
    @Test
    public void withoutQop() {
        String ha1 = md5("6001:asterisk:secret");
        String expected = md5(ha1 + ":n0nce:" + md5("REGISTER:sip:asterism.example"));
        assertEquals(expected, DigestResponse.response(DigestAlgorithm.MD5, ha1, "REGISTER", "sip:asterism.example",
                "n0nce", "", "ignored", "ignored"));
    }

    @Test
    public void sha512256IsTheTruncatedSha512OfRfc8760() {
        // FIPS 180-4 SHA-512/256 of "abc"
        assertEquals("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
                DigestAlgorithm.SHA_512_256.hash("abc"));
    }

    @Test
    public void algorithmNames() {
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.byName(" sha-256 "));
        assertEquals(Optional.empty(), DigestAlgorithm.byName("SHA-1"));
        assertEquals("no algorithm parameter means MD5", Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.ofParameter(null));
        assertEquals(Optional.of(DigestAlgorithm.MD5), DigestAlgorithm.ofParameter(""));
        assertEquals(Optional.empty(), DigestAlgorithm.ofParameter("MD5-sess"));
        assertEquals(List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256), DigestAlgorithm.parseList("md5, bogus,SHA-256,MD5"));
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
