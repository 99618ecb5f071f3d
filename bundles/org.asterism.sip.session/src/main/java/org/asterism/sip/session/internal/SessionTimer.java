package org.asterism.sip.session.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One session's RFC 4028 timer: as the refresher it re-INVITEs at half the interval; otherwise it ends the session when
 * no refresh came in time. Every refresh, sent or received, starts the interval again.
 */
final class SessionTimer {

    /** What the timer asks of its session. */
    interface Session {
        /** Sends a refresh; calls {@link SessionTimer#start} again when it succeeds, ends the session when it fails. */
        void refresh();

        /** The peer let the session expire: end it. */
        void expired();
    }

    private final ScheduledExecutorService executor;
    private final Session session;
    private volatile SessionTimerTerms terms = SessionTimerTerms.none(90);
    private ScheduledFuture<?> pending;

    SessionTimer(ScheduledExecutorService executor, Session session) {
        this.executor = executor;
        this.session = session;
    }

    SessionTimerTerms terms() {
        return terms;
    }

    /** Starts (or restarts) the interval under these terms; no interval, no timer. */
    synchronized void start(SessionTimerTerms agreed) {
        terms = agreed;
        cancel();
        if (agreed.interval() <= 0) {
            return;
        }
        try {
            pending = agreed.weRefresh()
                    ? executor.schedule(session::refresh, agreed.refreshAfterSeconds(), TimeUnit.SECONDS)
                    : executor.schedule(session::expired, agreed.expireAfterSeconds(), TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            pending = null; // the module is going away with its sessions
        }
    }

    synchronized void stop() {
        cancel();
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
