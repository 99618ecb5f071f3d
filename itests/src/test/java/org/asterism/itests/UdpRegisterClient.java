package org.asterism.itests;

import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REGISTER client over UDP on 127.0.0.1 that does digest itself, for what SIPp 3.6 cannot: RFC 7616 algorithms
 * other than MD5 (SIPp computes MD5 only). One Call-ID for its whole life, CSeq counting up, as a phone registers;
 * it only ever sends to 127.0.0.1.
 */
final class UdpRegisterClient implements Closeable {

    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^\\s,]+))");

    private final DatagramSocket socket;
    private final int serverPort;
    private final String callId = UUID.randomUUID() + "@127.0.0.1";
    private final String fromTag = Long.toHexString(System.nanoTime());
    private int cseq;

    UdpRegisterClient(int serverPort) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(AsterismTestSupport.SERVER_HOST, 0));
        this.serverPort = serverPort;
    }

    /** The Request-URI, which is also the digest-uri of the credentials. */
    String requestUri() {
        return "sip:" + AsterismTestSupport.SERVER_HOST + ":" + serverPort;
    }

    /** The contact this client binds: {@code sip:<user>@127.0.0.1:<its port>}. */
    String contactUri(String user) {
        return "sip:" + user + "@127.0.0.1:" + socket.getLocalPort();
    }

    /**
     * Sends REGISTER for AoR {@code user} binding {@code contactUri(user)} for {@code expires} seconds, with an
     * Authorization header when {@code authorization} is not null; returns the final response, or null after 5 s.
     */
    SipResponse register(String user, int expires, String authorization) throws IOException {
        cseq++;
        String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        String aor = "<sip:" + user + "@" + AsterismTestSupport.SERVER_HOST + ">";
        String request = "REGISTER " + requestUri() + " SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=" + branch + ";rport\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: " + aor + ";tag=" + fromTag + "\r\n"
            + "To: " + aor + "\r\n"
            + "Call-ID: " + callId + "\r\n"
            + "CSeq: " + cseq + " REGISTER\r\n"
            + "Contact: <" + contactUri(user) + ">\r\n"
            + "Expires: " + expires + "\r\n"
            + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
            + "User-Agent: asterism-itests\r\n"
            + "Content-Length: 0\r\n\r\n";
        byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(AsterismTestSupport.SERVER_HOST), serverPort));
        return finalResponse(Duration.ofSeconds(5));
    }

    private SipResponse finalResponse(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[65535];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) left);
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return null;
            }
            SipResponse response = SipResponse.parse(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            if (response != null && response.status() >= 200 && callId.equals(response.header("Call-ID"))
                    && (cseq + " REGISTER").equals(response.header("CSeq"))) {
                return response;
            }
        }
    }

    /** The parameters of a {@code Digest ...} challenge (realm, nonce, algorithm, qop, opaque...), names lower-cased. */
    static Map<String, String> challenge(String wwwAuthenticate) {
        if (!wwwAuthenticate.regionMatches(true, 0, "Digest ", 0, 7)) {
            throw new AssertionError("not a Digest challenge: " + wwwAuthenticate);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(wwwAuthenticate.substring(7));
        while (matcher.find()) {
            parameters.put(matcher.group(1).toLowerCase(java.util.Locale.ROOT),
                matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return parameters;
    }

    /**
     * RFC 7616 §3.4 credentials answering {@code challenge} with qop=auth, computed with {@code algorithm} ("SHA-256",
     * "MD5"; named so in the header): response = H(H(A1):nonce:nc:cnonce:qop:H(A2)), A1 = user:realm:password,
     * A2 = REGISTER:digest-uri.
     */
    String authorization(Map<String, String> challenge, String algorithm, String username, String password) {
        String realm = challenge.get("realm");
        String nonce = challenge.get("nonce");
        String cnonce = Long.toHexString(System.nanoTime());
        String nc = "00000001";
        String ha1 = hash(algorithm, username + ":" + realm + ":" + password);
        String ha2 = hash(algorithm, "REGISTER:" + requestUri());
        String response = hash(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + requestUri()
            + "\", response=\"" + response + "\", algorithm=" + algorithm + ", cnonce=\"" + cnonce + "\", qop=auth, nc=" + nc
            + (challenge.containsKey("opaque") ? ", opaque=\"" + challenge.get("opaque") + "\"" : "");
    }

    private static String hash(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is in every Java 17 runtime", e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
