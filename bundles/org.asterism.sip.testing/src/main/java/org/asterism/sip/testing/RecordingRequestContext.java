package org.asterism.sip.testing;

import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipRequestContext;

/**
 * A request as the core hands it to a stage or service, parsed by the real JAIN-SIP from raw text, recording the
 * responses sent to it (nothing goes on the wire).
 */
public class RecordingRequestContext implements SipRequestContext {

    static final MessageFactory MESSAGES;
    static final HeaderFactory HEADERS;
    static final AddressFactory ADDRESSES;

    static {
        try {
            SipFactory factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            MESSAGES = factory.createMessageFactory();
            HEADERS = factory.createHeaderFactory();
            ADDRESSES = factory.createAddressFactory();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Request request;
    private final InetSocketAddress source;
    private final List<Response> sent = new ArrayList<>();

    RecordingRequestContext(Request request, InetSocketAddress source) {
        this.request = request;
        this.source = source;
    }

    /** A request parsed from its text (CRLF line ends added), as from 192.0.2.10:5060 over UDP. */
    public static RecordingRequestContext parse(String text) {
        return parse(text, new InetSocketAddress("192.0.2.10", 5060));
    }

    public static RecordingRequestContext parse(String text, InetSocketAddress source) {
        try {
            return new RecordingRequestContext(MESSAGES.createRequest(text.replace("\r\n", "\n").replace("\n", "\r\n")),
                    source);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static HeaderFactory headers() {
        return HEADERS;
    }

    public List<Response> sent() {
        return sent;
    }

    /** The one response sent. */
    public Response response() {
        if (sent.size() != 1) {
            throw new AssertionError("expected one response, got " + sent.size() + ": " + sent);
        }
        return sent.get(0);
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
        return new Capabilities(Set.of("REGISTER", "INVITE"), Set.of(), Set.of());
    }

    @Override
    public Optional<String> endpoint() {
        return Optional.empty();
    }

    @Override
    public Response createResponse(int statusCode) {
        try {
            return MESSAGES.createResponse(statusCode, request);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void send(Response response) {
        if (isAnswered()) {
            throw new AssertionError("a second final response: " + response);
        }
        sent.add(response);
    }

    @Override
    public void respond(int statusCode, String reasonPhrase) {
        Response response = createResponse(statusCode);
        try {
            response.setReasonPhrase(reasonPhrase);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        send(response);
    }

    @Override
    public boolean isAnswered() {
        return sent.stream().anyMatch(response -> response.getStatusCode() >= 200);
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
