package org.asterism.app.dial.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.pbx.api.Bridges;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of Dial on a caller, from the outgoing channels being called to the end of the bridge: app_dial.c's
 * wait_for_answer turned inside out. Every event (a callee's progress, answer, busy or hangup; the caller's hangup;
 * the timeout) arrives on some other thread; each is decided under this object's lock, which only the first decisive
 * event gets past ({@link Phase}), and what it decides is done on the channels after the lock is released, so a
 * driver calling back into a channel can never deadlock with Dial.
 */
final class DialAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(DialAttempt.class);

    private enum Phase { RINGING, ANSWERED, OVER }

    /** One outgoing channel and its reader while it rings. */
    final class Leg implements FrameSink {
        final Channel channel;
        /** What followed the technology in the dial string: DIALEDPEERNUMBER. */
        final String number;
        /** Dropped out, answered elsewhere or cancelled; guarded by the attempt. */
        boolean gone;

        Leg(Channel channel, String number) {
            this.channel = channel;
            this.number = number;
        }

        @Override
        public void accept(Frame frame) {
            if (frame instanceof ControlFrame control) {
                legControl(this, control.control());
            }
        }
    }

    private final Channel caller;
    private final Bridges bridges;
    private final ScheduledExecutorService timer;
    private final boolean goOn;
    private final boolean ringback;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private final List<Leg> legs = new ArrayList<>();

    // guarded by this
    private Phase phase = Phase.RINGING;
    private final CauseCounts causes = new CauseCounts();
    private int failedRequests;
    private boolean sentRinging;
    private boolean ringTimeSet;
    private boolean progressTimeSet;
    private ScheduledFuture<?> timeout;
    private long answeredAt;

    DialAttempt(Channel caller, Bridges bridges, ScheduledExecutorService timer, boolean goOn, boolean ringback) {
        this.caller = caller;
        this.bridges = bridges;
        this.timer = timer;
        this.goOn = goOn;
        this.ringback = ringback;
    }

    /** A request that failed: a line that counts as app_dial's handle_cause counts its cause (wait_for_answer's prestart). */
    synchronized void requestFailed(HangupCause cause) {
        failedRequests++;
        causes.count(cause);
    }

    /** An outgoing channel made, not yet called. */
    synchronized void add(Channel channel, String number) {
        legs.add(new Leg(channel, number));
    }

    /** Gives up before calling (a bad dial string): the channels already made are hung up. */
    void hangupAll() {
        List<Leg> made;
        synchronized (this) {
            phase = Phase.OVER;
            made = List.copyOf(legs);
        }
        for (Leg leg : made) {
            leg.channel.hangup(HangupCause.NORMAL_CLEARING);
        }
    }

    /** Calls every outgoing channel at once and waits for the first to answer, at most {@code timeoutMillis} (0: no limit). */
    CompletionStage<Result> start(long timeoutMillis) {
        List<Leg> toCall;
        synchronized (this) {
            toCall = List.copyOf(legs);
        }
        if (toCall.isEmpty()) {
            allGone();
            return result;
        }
        caller.reader(this::callerFrame);
        caller.hungUp().thenAccept(cause -> callerGone());
        if (ringback) {
            synchronized (this) {
                sentRinging = true;
            }
            caller.indicate(Control.RINGING);
        }
        for (Leg leg : toCall) {
            leg.channel.reader(leg);
            leg.channel.hungUp().thenAccept(cause -> legGone(leg, cause));
        }
        for (Leg leg : toCall) {
            try {
                leg.channel.call();
            } catch (RuntimeException e) {
                LOG.warn("Couldn't call {}: {}", leg.channel.name(), e.toString());
                leg.channel.hangup(HangupCause.NORMAL_TEMPORARY_FAILURE);
            }
            if (leg.channel.state() == ChannelState.UP) {
                answered(leg); // if this line is up, don't try anybody else
                break;
            }
        }
        if (timeoutMillis > 0) {
            synchronized (this) {
                if (phase == Phase.RINGING) {
                    try {
                        timeout = timer.schedule(this::timedOut, timeoutMillis, TimeUnit.MILLISECONDS);
                    } catch (RejectedExecutionException e) {
                        LOG.debug("Dial timer stopped: no timeout for {}", caller.name());
                    }
                }
            }
        }
        return result;
    }

    // --- events ---

    private void legControl(Leg leg, Control control) {
        switch (control) {
            case ANSWER -> answered(leg);
            case RINGING -> ringing(leg);
            case PROGRESS -> progress(leg);
            case BUSY -> refused(leg, HangupCause.USER_BUSY, "is busy");
            case CONGESTION -> refused(leg, HangupCause.NORMAL_CIRCUIT_CONGESTION, "is circuit-busy");
            default -> { } // HANGUP is heard through the hungUp stage, which also covers local hangups
        }
    }

    private void ringing(Leg leg) {
        boolean indicate;
        synchronized (this) {
            if (phase != Phase.RINGING || leg.gone) {
                return;
            }
            indicate = !sentRinging;
            sentRinging = true;
            if (!ringTimeSet) {
                ringTimeSet = true;
                duration("RINGTIME", Duration.between(leg.channel.created(), Instant.now()));
            }
        }
        LOG.info("{} is ringing", leg.channel.name());
        if (indicate) {
            caller.indicate(Control.RINGING);
        }
    }

    private void progress(Leg leg) {
        boolean indicate;
        synchronized (this) {
            if (phase != Phase.RINGING || leg.gone) {
                return;
            }
            indicate = !ringback && (legs.size() == 1 || !sentRinging);
            if (!progressTimeSet) {
                progressTimeSet = true;
                duration("PROGRESSTIME", Duration.between(leg.channel.created(), Instant.now()));
            }
        }
        LOG.info("{} is making progress passing it to {}", leg.channel.name(), caller.name());
        if (indicate) {
            caller.indicate(Control.PROGRESS);
        }
    }

    private void refused(Leg leg, HangupCause cause, String why) {
        synchronized (this) {
            if (phase != Phase.RINGING || leg.gone) {
                return;
            }
            leg.gone = true;
            causes.count(cause);
        }
        LOG.info("{} {}", leg.channel.name(), why);
        leg.channel.reader(FrameSink.DISCARD);
        leg.channel.hangup(cause);
        checkAllGone();
    }

    private void legGone(Leg leg, HangupCause cause) {
        synchronized (this) {
            if (phase != Phase.RINGING || leg.gone) {
                return; // a winner's hangup after the answer is the bridge's business
            }
            leg.gone = true;
            causes.count(cause);
        }
        checkAllGone();
    }

    private void answered(Leg winner) {
        List<Leg> losers = new ArrayList<>();
        synchronized (this) {
            if (phase != Phase.RINGING || winner.gone) {
                return;
            }
            phase = Phase.ANSWERED;
            answeredAt = System.nanoTime();
            cancelTimeout();
            for (Leg leg : legs) {
                if (leg != winner && !leg.gone) {
                    leg.gone = true;
                    losers.add(leg);
                }
            }
        }
        LOG.info("{} answered {}", winner.channel.name(), caller.name());
        for (Leg loser : losers) {
            loser.channel.reader(FrameSink.DISCARD);
            loser.channel.hangup(HangupCause.ANSWERED_ELSEWHERE);
        }
        caller.variable("DIALSTATUS", "ANSWER");
        caller.variable("DIALEDPEERNAME", winner.channel.name());
        caller.variable("DIALEDPEERNUMBER", winner.number);
        caller.connectedLine(calledParty(winner));
        caller.reader(FrameSink.DISCARD);
        // the caller's answer may never be confirmed if it hangs up meanwhile: its hangup settles it too
        CompletableFuture<Void> callerUp = new CompletableFuture<>();
        CompletionStage<Void> answering = caller.state() == ChannelState.UP ? CompletableFuture.completedFuture(null) : caller.answer();
        answering.whenComplete((done, failure) -> {
            if (failure != null) {
                callerUp.completeExceptionally(failure);
            } else {
                callerUp.complete(null);
            }
        });
        caller.hungUp().thenRun(() -> callerUp.completeExceptionally(new IllegalStateException(caller.name() + " hung up")));
        callerUp.whenComplete((answered, failure) -> {
            if (failure != null) {
                winner.channel.hangup(HangupCause.NORMAL_CLEARING);
                finish(Result.HANGUP);
                return;
            }
            bridges.bridge(caller, winner.channel).whenComplete((ender, bridgeFailure) -> bridged(winner, bridgeFailure));
        });
    }

    /** The bridge ended: the caller's time variables, the callee hung up if the caller left, and where to go. */
    private void bridged(Leg winner, Throwable failure) {
        if (failure != null) {
            LOG.warn("Bridging {} with {} failed: {}", caller.name(), winner.channel.name(), failure.toString());
        }
        long answeredNanos;
        synchronized (this) {
            answeredNanos = System.nanoTime() - answeredAt;
        }
        duration("ANSWEREDTIME", Duration.ofNanos(answeredNanos));
        duration("DIALEDTIME", Duration.between(caller.created(), Instant.now()));
        winner.channel.hangup(HangupCause.NORMAL_CLEARING); // a no-op when the callee ended it
        finish(goOn && !caller.isHungUp() ? Result.CONTINUE : Result.HANGUP);
    }

    private void callerFrame(Frame frame) {
        if (frame instanceof ControlFrame control && control.control() == Control.HANGUP) {
            callerGone();
        } else if (frame instanceof DtmfFrame) {
            for (Leg leg : live()) {
                leg.channel.write(frame); // as app_dial: digits pressed while it rings go to the called parties
            }
        }
    }

    private void callerGone() {
        List<Leg> cancelled = new ArrayList<>();
        synchronized (this) {
            if (phase != Phase.RINGING) {
                return;
            }
            phase = Phase.OVER;
            cancelTimeout();
            for (Leg leg : legs) {
                if (!leg.gone) {
                    leg.gone = true;
                    cancelled.add(leg);
                }
            }
        }
        HangupCause cause = caller.hangupCause() == HangupCause.NOT_DEFINED ? HangupCause.NORMAL_CLEARING : caller.hangupCause();
        for (Leg leg : cancelled) {
            leg.channel.reader(FrameSink.DISCARD);
            leg.channel.hangup(cause);
        }
        caller.variable("DIALSTATUS", "CANCEL");
        finish(Result.HANGUP);
    }

    private void timedOut() {
        List<Leg> unanswered = new ArrayList<>();
        synchronized (this) {
            if (phase != Phase.RINGING) {
                return;
            }
            phase = Phase.OVER;
            for (Leg leg : legs) {
                if (!leg.gone) {
                    leg.gone = true;
                    unanswered.add(leg);
                }
            }
        }
        LOG.info("Nobody picked up in the time allowed for {}", caller.name());
        for (Leg leg : unanswered) {
            leg.channel.reader(FrameSink.DISCARD);
            leg.channel.hangup(HangupCause.NO_ANSWER);
        }
        caller.reader(FrameSink.DISCARD);
        caller.variable("DIALSTATUS", "NOANSWER");
        finish(Result.CONTINUE);
    }

    private void checkAllGone() {
        synchronized (this) {
            if (phase != Phase.RINGING || legs.stream().anyMatch(leg -> !leg.gone)) {
                return;
            }
        }
        allGone();
    }

    /** Nobody is left to answer: DIALSTATUS as wait_for_answer decides it, and the dialplan goes on. */
    private void allGone() {
        String status;
        synchronized (this) {
            if (phase != Phase.RINGING) {
                return;
            }
            phase = Phase.OVER;
            cancelTimeout();
            int lines = legs.size() + failedRequests;
            status = causes.status(lines);
            LOG.info(status.equals("NOANSWER") ? "No one is available to answer at this time ({}:{})"
                    : "Everyone is busy/congested at this time ({}:{})", lines, causes);
        }
        caller.reader(FrameSink.DISCARD);
        caller.variable("DIALSTATUS", status);
        finish(Result.CONTINUE);
    }

    // --- helpers ---

    private synchronized List<Leg> live() {
        return legs.stream().filter(leg -> !leg.gone).toList();
    }

    private void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }

    private CallerId calledParty(Leg winner) {
        // as app_dial's stored_clid: the extension the caller dialled, else what followed the technology
        String exten = caller.location().exten();
        return CallerId.of("", exten.isEmpty() || exten.equals("s") ? winner.number : exten);
    }

    /** set_duration_var: NAME in whole seconds, NAME_MS in milliseconds. */
    private void duration(String name, Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        caller.variable(name, Long.toString(millis / 1000));
        caller.variable(name + "_MS", Long.toString(millis));
    }

    private void finish(Result outcome) {
        synchronized (this) {
            phase = Phase.OVER;
        }
        result.complete(outcome);
    }
}
