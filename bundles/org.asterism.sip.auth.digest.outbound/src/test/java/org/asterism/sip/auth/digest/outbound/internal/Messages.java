package org.asterism.sip.auth.digest.outbound.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ListIterator;

import javax.sip.SipFactory;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Real messages parsed by JAIN-SIP, and a server-side check written apart from the code under test. */
final class Messages {

    static final HeaderFactory HEADERS;
    private static final MessageFactory MESSAGES;

    static {
        try {
            SipFactory factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            MESSAGES = factory.createMessageFactory();
            HEADERS = factory.createHeaderFactory();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Messages() {
    }

    /** An OPTIONS as the core sends it, with extra header lines. */
    static Request options(String... extraHeaders) {
        return request("OPTIONS sip:peer@192.0.2.20:5070 SIP/2.0\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;rport;branch=z9hG4bK-first\n"
                + "Max-Forwards: 70\n"
                + "From: <sip:asterisk@192.0.2.1>;tag=f1\n"
                + "To: <sip:peer@192.0.2.20:5070>\n"
                + "Call-ID: qualify-1\n"
                + "CSeq: 7 OPTIONS\n"
                + "Contact: <sip:asterisk@192.0.2.1:5060>\n"
                + lines(extraHeaders)
                + "Content-Length: 0\n\n");
    }

    /** The challenge to {@code request}: 401 or 407 with these WWW-/Proxy-Authenticate values. */
    static Response challenge(Request request, int status, String... challenges) {
        String name = status == 407 ? "Proxy-Authenticate" : "WWW-Authenticate";
        StringBuilder text = new StringBuilder("SIP/2.0 " + status + " Unauthorized\n");
        for (String header : new String[] { "Via", "From", "Call-ID", "CSeq" }) {
            text.append(request.getHeader(header).toString().trim()).append('\n');
        }
        text.append(request.getHeader("To").toString().trim()).append(";tag=uas\n");
        for (String challenge : challenges) {
            text.append(name).append(": ").append(challenge).append('\n');
        }
        try {
            return MESSAGES.createResponse(text.append("Content-Length: 0\n\n").toString().replace("\n", "\r\n"));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Request request(String text) {
        try {
            return MESSAGES.createRequest(text.replace("\n", "\r\n"));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The Authorization (or Proxy-Authorization) headers of a request, in order. */
    static List<AuthorizationHeader> credentials(Request request, String name) {
        List<AuthorizationHeader> found = new ArrayList<>();
        ListIterator<?> headers = request.getHeaders(name);
        while (headers.hasNext()) {
            found.add((AuthorizationHeader) headers.next());
        }
        return found;
    }

    /** What a server expects in {@code response}, from the header's own values (RFC 7616 §3.4.1, JCA digests). */
    static String expectedResponse(AuthorizationHeader credentials, String method, String ha1) {
        String algorithm = credentials.getAlgorithm() == null ? "MD5" : credentials.getAlgorithm();
        String ha2 = hash(algorithm, method + ":" + credentials.getParameter("uri"));
        if (credentials.getQop() == null) {
            return hash(algorithm, ha1 + ":" + credentials.getNonce() + ":" + ha2);
        }
        return hash(algorithm, ha1 + ":" + credentials.getNonce() + ":" + credentials.getParameter("nc") + ":"
                + credentials.getCNonce() + ":" + credentials.getQop() + ":" + ha2);
    }

    static String hash(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm.toUpperCase())
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lines(String... headers) {
        StringBuilder text = new StringBuilder();
        for (String header : headers) {
            text.append(header).append('\n');
        }
        return text.toString();
    }
}
