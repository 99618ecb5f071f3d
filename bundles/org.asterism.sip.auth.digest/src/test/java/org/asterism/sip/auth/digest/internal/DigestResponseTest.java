package org.asterism.sip.auth.digest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The response computation against the RFCs' own examples. */
public class DigestResponseTest {

    /** RFC 7616 §3.9.1: the request of the example, as the client sends it. */
    private static DigestCredentials rfc7616(String algorithm) {
        return new DigestCredentials("Mufasa", "http-auth@example.org", "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
                "/dir/index.html", "", algorithm, "auth", "00000001", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
                "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS");
    }

    @Test
    public void rfc7616Md5() {
        DigestCredentials credentials = rfc7616("MD5");
        String ha1 = DigestResponse.ha1(DigestAlgorithm.MD5, "Mufasa", credentials.realm(), "Circle of Life");
        assertEquals("8ca523f5e9506fed4657c9700eebdbec",
                DigestResponse.response(DigestAlgorithm.MD5, ha1, "GET", credentials));
    }

    @Test
    public void rfc7616Sha256() {
        DigestCredentials credentials = rfc7616("SHA-256");
        String ha1 = DigestResponse.ha1(DigestAlgorithm.SHA_256, "Mufasa", credentials.realm(), "Circle of Life");
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                DigestResponse.response(DigestAlgorithm.SHA_256, ha1, "GET", credentials));
    }

    /** RFC 2617 §3.5: qop=auth with MD5, another realm, nonce and cnonce. */
    @Test
    public void rfc2617Example() {
        DigestCredentials credentials = new DigestCredentials("Mufasa", "testrealm@host.com",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "/dir/index.html", "", "", "auth", "00000001", "0a4f113b",
                "5ccc069c403ebaf9f0171e9517f40e41");
        String ha1 = DigestResponse.ha1(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1",
                DigestResponse.response(DigestAlgorithm.MD5, ha1, "GET", credentials));
    }

    /** Without qop (RFC 2069 clients): KD(H(A1), nonce ":" H(A2)). */
    @Test
    public void withoutQop() {
        DigestCredentials credentials = new DigestCredentials("6001", "asterisk", "n0nce", "sip:asterism.example", "",
                "", "", "", "", "");
        String ha1 = DigestClient.hash("MD5", "6001:asterisk:secret");
        String expected = DigestClient.hash("MD5", ha1 + ":n0nce:" + DigestClient.hash("MD5", "REGISTER:sip:asterism.example"));
        assertEquals(expected, DigestResponse.response(DigestAlgorithm.MD5, ha1, "REGISTER", credentials));
    }

    @Test
    public void sha512256IsTheTruncatedSha512OfRfc8760() {
        // FIPS 180-4 SHA-512/256 of "abc"
        assertEquals("53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
                DigestAlgorithm.SHA_512_256.hash("abc"));
    }
}
