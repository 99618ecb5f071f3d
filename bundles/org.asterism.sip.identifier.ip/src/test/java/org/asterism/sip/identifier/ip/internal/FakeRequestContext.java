package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.Optional;

import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipRequestContext;

/** A request as the identifiers see it: parsed by the real JAIN-SIP from text, from a given source; nothing is sent. */
final class FakeRequestContext implements SipRequestContext {

    private static final MessageFactory MESSAGES;

    static {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        try {
            MESSAGES = factory.createMessageFactory();
        } catch (PeerUnavailableException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Request request;
    private final InetSocketAddress source;

    private FakeRequestContext(Request request, InetSocketAddress source) {
        this.request = request;
        this.source = source;
    }

    /** An OPTIONS to {@code requestUri} from the literal address {@code host} and {@code port}, plus any headers. */
    static FakeRequestContext request(String requestUri, String host, int port, String... extraHeaders) {
        StringBuilder text = new StringBuilder()
                .append("OPTIONS ").append(requestUri).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-identify-test\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:caller@192.0.2.10>;tag=1928301774\r\n")
                .append("To: <sip:asterism@192.0.2.1>\r\n")
                .append("Call-ID: a84b4c76e66710@192.0.2.10\r\n")
                .append("CSeq: 1 OPTIONS\r\n");
        for (String header : extraHeaders) {
            text.append(header).append("\r\n");
        }
        text.append("Content-Length: 0\r\n\r\n");
        try {
            return new FakeRequestContext(MESSAGES.createRequest(text.toString()), new InetSocketAddress(literal(host), port));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a SIP request: " + text, e);
        }
    }

    static FakeRequestContext from(String host, int port, String... extraHeaders) {
        return request("sip:asterism@192.0.2.1", host, port, extraHeaders);
    }

    static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host); // tests pass literals only: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(host, e);
        }
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String transport() {
        return "UDP";
    }

    @Override
    public InetSocketAddress source() {
        return source;
    }

    @Override
    public String transportId() {
        return "transport-udp";
    }

    @Override
    public Capabilities capabilities() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> endpoint() {
        return Optional.empty();
    }

    @Override
    public Response createResponse(int statusCode) {
        throw new UnsupportedOperationException("identifiers do not answer");
    }

    @Override
    public void send(Response response) {
        throw new UnsupportedOperationException("identifiers do not answer");
    }

    @Override
    public void respond(int statusCode, String reasonPhrase) {
        throw new UnsupportedOperationException("identifiers do not answer");
    }

    @Override
    public boolean isAnswered() {
        return false;
    }

    @Override
    public MessageFactory messageFactory() {
        return MESSAGES;
    }

    @Override
    public HeaderFactory headerFactory() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AddressFactory addressFactory() {
        throw new UnsupportedOperationException();
    }
}
