package org.asterism.sip.api.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javax.sip.address.AddressFactory;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends requests outside any dialog, each on its own client transaction (RFC 3261 §17.1), as Asterisk's
 * {@code ast_sip_send_out_of_dialog_request}. Nothing here blocks: the stage completes later, on one of the
 * client's own threads, never on a SIP stack thread.
 */
@ProviderType
public interface SipClient {

    /**
     * A request to {@code target} ready to send: Request-URI {@code target}; Via, From and Contact naming the
     * transport object chosen (the one called {@code transportId} if given, else the first listening transport of
     * the protocol in the target's {@code transport} parameter, UDP without one), with the external signalling
     * address where {@code local_net} says the target is outside; To {@code target}; a new Call-ID and From tag;
     * CSeq 1 {@code method}; Max-Forwards 70. Add or change headers before sending.
     *
     * <p>May look up the target's host name, so call it where a DNS query may wait (not on a SIP thread).
     *
     * @throws RequestFailedException with {@link RequestFailedException.Failure#NO_TRANSPORT} when no such
     *         transport is listening, or {@link RequestFailedException.Failure#INVALID_TARGET} when the target is
     *         not a sip: or sips: URI or its host cannot be resolved
     */
    Request newRequest(String method, URI target, Optional<String> transportId) throws RequestFailedException;

    /** {@link #newRequest(String, URI, Optional)} on the first transport of the target's protocol. */
    default Request newRequest(String method, URI target) throws RequestFailedException {
        return newRequest(method, target, Optional.empty());
    }

    /**
     * Sends a request made by {@link #newRequest} (any provisional response is skipped). The stage completes with
     * the final response, or exceptionally with a {@link RequestFailedException}: {@code TIMEOUT} when the stack's
     * transaction timer (64*T1, 32 s) fires, {@code TRANSPORT_ERROR} when the request could not be sent. A 401 or
     * 407 is a final response like any other: see {@link #send(Request, List)} to answer it.
     */
    default CompletionStage<Response> send(Request request) {
        return send(request, List.of());
    }

    /**
     * As {@link #send(Request)}, but gives up after {@code timeout}: the stage then completes exceptionally with
     * {@code TIMEOUT} and the transaction is ended, so a late response is ignored.
     */
    default CompletionStage<Response> send(Request request, Duration timeout) {
        return send(request, timeout, List.of());
    }

    /**
     * As {@link #send(Request)}, answering challenges as Asterisk's {@code ast_sip_send_out_of_dialog_request} does:
     * a final 401 or 407 is answered with these {@code auth} objects (an endpoint's {@code outbound_auth}) by the
     * {@link OutboundAuthenticator}, and the request sent again on a new client transaction; the stage completes
     * with the first final response that is not answered so. A challenge is not answered, and so completes the
     * stage, when {@code outboundAuths} is empty, no authenticator is registered or it cannot answer, the server
     * re-challenges without {@code stale=true} a realm whose credentials were just sent (they were refused), or it is
     * the tenth challenge of the exchange.
     *
     * @param outboundAuths auth ids, in order; empty never answers a challenge
     */
    CompletionStage<Response> send(Request request, List<String> outboundAuths);

    /**
     * {@link #send(Request, List)} with a deadline for the whole exchange, every challenge and answer included: past
     * it the stage completes exceptionally with {@code TIMEOUT} and the transaction then under way is ended.
     */
    CompletionStage<Response> send(Request request, Duration timeout, List<String> outboundAuths);

    /** To make the URIs and addresses of a request. */
    AddressFactory addressFactory();

    /** To add headers to a request before sending it. */
    HeaderFactory headerFactory();
}
