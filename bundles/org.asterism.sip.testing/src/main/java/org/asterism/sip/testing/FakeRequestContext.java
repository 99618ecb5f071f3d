package org.asterism.sip.testing;

import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.Set;

import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.Capabilities;

/** A request as identifiers see it, parsed by the real JAIN-SIP from raw text; identifiers never answer, so it refuses to. */
public final class FakeRequestContext extends RecordingRequestContext {

    private static final String REQUEST_URI = "sip:asterism@192.0.2.1";
    private static final InetSocketAddress SOURCE = new InetSocketAddress("192.0.2.10", 5060);

    private FakeRequestContext(Request request, InetSocketAddress source) {
        super(request, source);
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
    public Capabilities capabilities() {
        return new Capabilities(Set.of("OPTIONS"), Set.of(), Set.of());
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
}
