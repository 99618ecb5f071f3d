package org.asterism.sip.caller.id.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javax.sip.address.AddressFactory;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.testing.RecordingRequestContext;

/** The SIP client as caller ID uses it: only for JAIN-SIP's header factory; it sends nothing. */
final class HeaderOnlyClient implements SipClient {

    @Override
    public HeaderFactory headerFactory() {
        return RecordingRequestContext.headers();
    }

    @Override
    public AddressFactory addressFactory() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Request newRequest(String method, URI target, Optional<String> transportId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Response> send(Request request, List<String> outboundAuths) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Response> send(Request request, Duration timeout, List<String> outboundAuths) {
        throw new UnsupportedOperationException();
    }
}
