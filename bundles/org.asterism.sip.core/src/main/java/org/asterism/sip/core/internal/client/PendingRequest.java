package org.asterism.sip.core.internal.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.ObjectInUseException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.client.RequestFailedException.Failure;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.core.internal.stack.OpenTransport;

/**
 * One exchange of the {@link SipClientImpl} until it settles: with its final response, a transaction's timeout, a
 * transport error, or the caller's own deadline, whichever comes first. An exchange is one or more {@link Attempt}s,
 * each a client transaction: a challenge answered starts the next one, and only the newest one's events count. The
 * stage is completed on the client's executor, so that callers' actions never run on a SIP thread.
 */
final class PendingRequest {

    /** What to do with a challenge (a final 401 or 407) to an attempt; called on the client's executor. */
    interface ChallengeHandler {
        /**
         * @param challengeCount the challenges of this exchange so far, this one included
         */
        void challenged(PendingRequest exchange, Attempt attempt, Response challenge, int challengeCount);
    }

    private final String method;
    private final Executor executor;
    private final Consumer<PendingRequest> onSettled;
    private final List<String> outboundAuths;
    private final ChallengeHandler onChallenge;
    private final TransactionSender sender;
    private final Consumer<Response> provisionals;
    private final CompletableFuture<Response> result = new CompletableFuture<>();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicInteger challenges = new AtomicInteger();
    private volatile Attempt current;
    private volatile Future<?> deadline;

    PendingRequest(String method, Executor executor, Consumer<PendingRequest> onSettled, List<String> outboundAuths,
            ChallengeHandler onChallenge, TransactionSender sender, Consumer<Response> provisionals) {
        this.sender = sender;
        this.provisionals = provisionals;
        this.method = method;
        this.executor = executor;
        this.onSettled = onSettled;
        this.outboundAuths = List.copyOf(outboundAuths);
        this.onChallenge = onChallenge;
    }

    /** What callers get: completing it from outside does not complete this request. */
    CompletionStage<Response> stage() {
        return result.minimalCompletionStage();
    }

    List<String> outboundAuths() {
        return outboundAuths;
    }

    TransactionSender sender() {
        return sender;
    }

    boolean isSettled() {
        return settled.get();
    }

    /** A new attempt, sending {@code request} over {@code transport}: from now on the only one whose events count. */
    Attempt attempt(OpenTransport transport, Request request) {
        Attempt attempt = new Attempt(transport, request);
        current = attempt;
        return attempt;
    }

    void deadline(Future<?> timer) {
        deadline = timer;
        if (settled.get()) {
            timer.cancel(false);
        }
    }

    /** The caller's deadline passed: give up, and end the transaction under way so that it stops retransmitting. */
    void expire(long timeoutMillis) {
        if (fail(new RequestFailedException(Failure.TIMEOUT, "no final response to " + method + " within " + timeoutMillis + " ms"))) {
            Attempt attempt = current;
            if (attempt != null) {
                attempt.terminate();
            }
        }
    }

    boolean complete(Response response) {
        return settle(() -> result.complete(response));
    }

    boolean fail(RequestFailedException failure) {
        return settle(() -> result.completeExceptionally(failure));
    }

    private boolean settle(Runnable completion) {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        Future<?> timer = deadline;
        if (timer != null) {
            timer.cancel(false);
        }
        onSettled.accept(this);
        try {
            executor.execute(completion);
        } catch (RejectedExecutionException stopped) {
            completion.run(); // the client is stopping: complete here rather than never
        }
        return true;
    }

    /**
     * One request of the exchange on its own client transaction, which carries it as its application data. Events of
     * an attempt that is no longer the newest (a late retransmission to a challenged request) are ignored.
     */
    final class Attempt implements ClientTransactionListener {

        private final OpenTransport transport;
        private final Request request;
        private final AtomicBoolean answered = new AtomicBoolean();
        private volatile ClientTransaction transaction;

        private Attempt(OpenTransport transport, Request request) {
            this.transport = transport;
            this.request = request;
        }

        PendingRequest exchange() {
            return PendingRequest.this;
        }

        OpenTransport transport() {
            return transport;
        }

        Request request() {
            return request;
        }

        /** The transaction sending it (sent already); ended at once if the exchange settled meanwhile (the deadline passed). */
        void transaction(ClientTransaction sent) {
            transaction = sent;
            if (settled.get()) {
                terminate();
            }
        }

        private void terminate() {
            ClientTransaction sent = transaction;
            if (sent != null) {
                try {
                    sent.terminate();
                } catch (ObjectInUseException | RuntimeException e) {
                    // already ending: nothing more to stop
                }
            }
        }

        private boolean isCurrent() {
            return current == this;
        }

        @Override
        public void responseReceived(Response response) {
            if (response.getStatusCode() < 200) {
                if (isCurrent() && !answered.get()) {
                    provisionals.accept(response);
                }
                return;
            }
            if (!isCurrent() || !answered.compareAndSet(false, true)) {
                return;
            }
            if (!outboundAuths.isEmpty() && ChallengeResponder.isChallenge(response) && !settled.get()) {
                int count = challenges.incrementAndGet();
                try {
                    executor.execute(() -> onChallenge.challenged(PendingRequest.this, this, response, count));
                    return;
                } catch (RejectedExecutionException stopped) {
                    // the client is stopping: the challenge is the answer
                }
            }
            complete(response);
        }

        @Override
        public void timedOut() {
            if (isCurrent()) {
                fail(new RequestFailedException(Failure.TIMEOUT, "no final response to " + method + " before the transaction timed out"));
            }
        }

        @Override
        public void transportFailed(String destination) {
            if (isCurrent()) {
                fail(new RequestFailedException(Failure.TRANSPORT_ERROR, method + " could not be sent to " + destination));
            }
        }
    }
}
