package org.asterism.sip.core.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.sip.ClientTransaction;
import javax.sip.ObjectInUseException;
import javax.sip.message.Response;

import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.client.RequestFailedException.Failure;

/**
 * One request of the {@link SipClientImpl} until it settles: with its final response, its transaction's timeout,
 * a transport error, or the caller's own deadline, whichever comes first. The stage is completed on the client's
 * executor, so that callers' actions never run on a SIP thread.
 */
final class PendingRequest implements ClientTransactionListener {

    private final String method;
    private final Executor executor;
    private final Consumer<PendingRequest> onSettled;
    private final CompletableFuture<Response> result = new CompletableFuture<>();
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile ClientTransaction transaction;
    private volatile Future<?> deadline;

    PendingRequest(String method, Executor executor, Consumer<PendingRequest> onSettled) {
        this.method = method;
        this.executor = executor;
        this.onSettled = onSettled;
    }

    /** What callers get: completing it from outside does not complete this request. */
    CompletionStage<Response> stage() {
        return result.minimalCompletionStage();
    }

    void transaction(ClientTransaction sent) {
        transaction = sent;
    }

    void deadline(Future<?> timer) {
        deadline = timer;
        if (settled.get()) {
            timer.cancel(false);
        }
    }

    @Override
    public void responseReceived(Response response) {
        if (response.getStatusCode() >= 200) {
            settle(() -> result.complete(response));
        }
    }

    @Override
    public void timedOut() {
        fail(new RequestFailedException(Failure.TIMEOUT, "no final response to " + method + " before the transaction timed out"));
    }

    @Override
    public void transportFailed(String destination) {
        fail(new RequestFailedException(Failure.TRANSPORT_ERROR, method + " could not be sent to " + destination));
    }

    /** The caller's deadline passed: give up, and end the transaction so that it stops retransmitting. */
    void expire(long timeoutMillis) {
        if (fail(new RequestFailedException(Failure.TIMEOUT, "no final response to " + method + " within " + timeoutMillis + " ms"))) {
            ClientTransaction sent = transaction;
            if (sent != null) {
                try {
                    sent.terminate();
                } catch (ObjectInUseException | RuntimeException e) {
                    // already ending: nothing more to stop
                }
            }
        }
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
}
