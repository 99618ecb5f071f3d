package org.asterism.sip.core.internal.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sip.SipException;
import javax.sip.address.AddressFactory;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.client.OutboundAuthenticator;
import org.asterism.sip.api.client.RequestFailedException.Failure;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SipClient} on JAIN-SIP client transactions. A request is handed to the stack on the client's own
 * threads (a TCP connect may wait there, never on the caller or a SIP thread); the pipeline hands the transaction's
 * events back through the {@link ClientTransactionListener} the transaction carries. A 401/407 to a request sent with
 * outbound auths is answered by the highest-ranked {@link OutboundAuthenticator}, on a new client transaction, under
 * the {@link ChallengeResponder}'s rules.
 */
@Component(service = { SipClient.class, SipClientImpl.class })
public class SipClientImpl implements SipClient {

    private static final Logger LOG = LoggerFactory.getLogger(SipClientImpl.class);

    /** Threads that send requests, complete stages and keep deadlines. */
    static final int THREADS = 2;

    private final SipStackHolder stack;
    private final OutOfDialogRequests requests;
    private final ScheduledThreadPoolExecutor executor;
    private final Set<PendingRequest> pending = ConcurrentHashMap.newKeySet();
    private final ChallengeResponder challenges;
    private volatile OutboundAuthenticator authenticator;

    @Activate
    public SipClientImpl(@Reference SipStackHolder stack, @Reference ConfigStore config) {
        this(stack, new ListeningTransports(stack, config));
    }

    SipClientImpl(SipStackHolder stack, TransportDirectory transports) {
        this.stack = stack;
        this.requests = new OutOfDialogRequests(stack.addressFactory(), stack.headerFactory(), stack.messageFactory(), transports);
        this.challenges = new ChallengeResponder(stack.headerFactory());
        AtomicInteger count = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(THREADS, task -> {
            Thread thread = new Thread(task, "asterism-sip-client-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Deactivate
    public void deactivate() {
        executor.shutdownNow();
        for (PendingRequest request : Set.copyOf(pending)) {
            request.fail(new RequestFailedException(Failure.TRANSPORT_ERROR, "the SIP client stopped"));
        }
    }

    /** res_pjsip_outbound_authenticator_digest, or whatever outranks it; none while it is unloaded. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setOutboundAuthenticator(OutboundAuthenticator bound) {
        authenticator = bound;
    }

    void unsetOutboundAuthenticator(OutboundAuthenticator unbound) {
        if (authenticator == unbound) {
            authenticator = null;
        }
    }

    @Override
    public Request newRequest(String method, URI target, Optional<String> transportId) throws RequestFailedException {
        return requests.create(method, target, transportId);
    }

    @Override
    public CompletionStage<Response> send(Request request, List<String> outboundAuths) {
        return start(null, request, null, outboundAuths, TransactionSender.PLAIN, provisional -> { });
    }

    @Override
    public CompletionStage<Response> send(Request request, Duration timeout, List<String> outboundAuths) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return start(null, request, timeout, outboundAuths, TransactionSender.PLAIN, provisional -> { });
    }

    /**
     * As {@link #send(Request, List)}, for the dialog layer: each attempt's client transaction is made and sent by
     * {@code sender} (which ties it to a dialog), and provisional responses of the newest attempt go to
     * {@code provisionals} on the SIP thread that received them.
     */
    public CompletionStage<Response> send(OpenTransport transport, Request request, List<String> outboundAuths,
            TransactionSender sender, Consumer<Response> provisionals) {
        return start(transport, request, null, outboundAuths, sender, provisionals);
    }

    /** The transport object a request made by {@link #newRequest} will leave by. */
    public OpenTransport transportOf(Request request) throws RequestFailedException {
        return requests.transportOf(request);
    }

    private CompletionStage<Response> start(OpenTransport given, Request request, Duration timeout, List<String> outboundAuths,
            TransactionSender sender, Consumer<Response> provisionals) {
        PendingRequest exchange = new PendingRequest(request.getMethod(), executor, pending::remove, outboundAuths,
                this::challenged, sender, provisionals);
        pending.add(exchange);
        try {
            OpenTransport transport = given != null ? given : requests.transportOf(request);
            PendingRequest.Attempt first = exchange.attempt(transport, request);
            executor.execute(() -> transmit(first));
            if (timeout != null) {
                long millis = Math.max(1, timeout.toMillis());
                exchange.deadline(executor.schedule(() -> exchange.expire(millis), millis, TimeUnit.MILLISECONDS));
            }
        } catch (RequestFailedException e) {
            exchange.fail(e);
        } catch (RejectedExecutionException e) {
            exchange.fail(new RequestFailedException(Failure.TRANSPORT_ERROR, "the SIP client stopped"));
        }
        return exchange.stage();
    }

    /** A challenge to an attempt: the request again with credentials, over the same transport, or the final answer. */
    private void challenged(PendingRequest exchange, PendingRequest.Attempt attempt, Response challenge, int challengeCount) {
        Optional<Request> retry = challenges.answer(authenticator, exchange.outboundAuths(), attempt.request(), challenge,
                challengeCount);
        if (retry.isEmpty() || exchange.isSettled()) {
            exchange.complete(challenge);
            return;
        }
        LOG.debug("{} to {} challenged ({}): sending it again with credentials", attempt.request().getMethod(),
                attempt.request().getRequestURI(), challenge.getStatusCode());
        transmit(exchange.attempt(attempt.transport(), retry.get()));
    }

    private void transmit(PendingRequest.Attempt attempt) {
        OpenTransport transport = attempt.transport();
        Request request = attempt.request();
        try {
            attempt.transaction(attempt.exchange().sender().send(transport.provider(), request, attempt));
        } catch (SipException | RuntimeException e) {
            LOG.debug("{} to {} over '{}' not sent: {}", request.getMethod(), request.getRequestURI(), transport.config().id(), e.toString());
            attempt.exchange().fail(new RequestFailedException(Failure.TRANSPORT_ERROR,
                    request.getMethod() + " to " + request.getRequestURI() + " could not be sent: " + e.getMessage(), e));
        }
    }

    @Override
    public AddressFactory addressFactory() {
        return stack.addressFactory();
    }

    @Override
    public HeaderFactory headerFactory() {
        return stack.headerFactory();
    }
}
