package org.asterism.sip.testing;

import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;

import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipRequestContext;

/** A request as identifiers see it, parsed by the real JAIN-SIP from raw text; nothing is ever sent. */
public final class FakeRequestContext implements SipRequestContext {

    private static final MessageFactory MESSAGES;
    private static final HeaderFactory HEADERS;
    private static final AddressFactory ADDRESSES;

    static {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        try {
            MESSAGES = factory.createMessageFactory();
            HEADERS = factory.createHeaderFactory();
            ADDRESSES = factory.createAddressFactory();
        } catch (PeerUnavailableException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final String REQUEST_URI = "sip:asterism@192.0.2.1";
    private static final InetSocketAddress SOURCE = new InetSocketAddress("192.0.2.10", 5060);

    private final Request request;
    private final InetSocketAddress source;

    private FakeRequestContext(Request request, InetSocketAddress source) {
        this.request = request;
        this.source = source;
    }

    /** An OPTIONS from {@code fromUri} (written as in a From header, without angle brackets), plus any headers. */
    public static FakeRequestContext from(String fromUri, String... extraHeaders) {
        return request(REQUEST_URI, fromUri, SOURCE, extraHeaders);
    }

    /** An OPTIONS to {@code requestUri} from {@code fromUri}, received from {@code source}, plus any headers. */
    public static FakeRequestContext request(String requestUri, String fromUri, InetSocketAddress source, String... extraHeaders) {
        StringBuilder text = new StringBuilder()
                .append("OPTIONS ").append(requestUri).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-identifier-test\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <").append(fromUri).append(">;tag=1928301774\r\n")
                .append("To: <sip:asterism@192.0.2.1>\r\n")
                .append("Call-ID: a84b4c76e66710@192.0.2.10\r\n")
                .append("CSeq: 1 OPTIONS\r\n");
        for (String header : extraHeaders) {
            text.append(header).append("\r\n");
        }
        text.append("Content-Length: 0\r\n\r\n");
        try {
            return new FakeRequestContext(MESSAGES.createRequest(text.toString()), source);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a SIP request: " + text, e);
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
    public InetSocketAddress localAddress() {
        return new InetSocketAddress("192.0.2.1", 5060);
    }

    @Override
    public String transportId() {
        return "transport-udp";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of("OPTIONS"), Set.of(), Set.of());
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
        return HEADERS;
    }

    @Override
    public AddressFactory addressFactory() {
        return ADDRESSES;
    }
}
