package org.asterism.pbx.dialplan.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.asterism.media.api.ControlFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.asterism.pbx.dialplan.internal.plan.CompiledDialplan;
import org.asterism.pbx.dialplan.internal.plan.CompiledPriority;

/**
 * The dialplan running on one channel, as Asterisk's {@code __ast_pbx_run}: each priority in turn (its data
 * substituted, the verbose "Executing" line logged), then the next, or where the application jumped to; the "i"
 * extension for an invalid one; auto fallthrough when the priorities run out; and at the end the channel hung up and
 * the "h" extension run.
 *
 * <p>Applications return stages. The loop is a trampoline: an application that completes at once is followed in the
 * same loop (ten thousand of them do not grow the stack), one that completes later resumes the loop on the engine's
 * executor; no thread ever waits.
 */
final class PbxRun {

    private enum Phase { MAIN, HANGUP_EXTENSION, DONE }

    /** What the stage being awaited is: an application, or the busy/congestion signal of an auto fallthrough. */
    private enum Awaiting { APPLICATION, FALLTHROUGH }

    private static final int PENDING = 0;
    private static final int DONE_AT_ONCE = 1;
    private static final int DONE_LATER = 2;

    private final DialplanEngine engine;
    private final Channel channel;
    private final PbxLog log;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private String context;
    private String exten;
    private int priority;
    private Phase phase = Phase.MAIN;
    private Awaiting awaiting;
    private volatile DialplanLocation here;
    private volatile HangupCause cause;
    private String application = "";
    private volatile CompletableFuture<Boolean> sleeper;

    PbxRun(DialplanEngine engine, Channel channel) {
        this.engine = engine;
        this.channel = channel;
        this.log = engine.log();
        DialplanLocation given = channel.location();
        // a channel that was never given a place starts where Asterisk starts one: s@default
        DialplanLocation start = given != null ? given : new DialplanLocation("default", "s", 1);
        this.context = start.context();
        this.exten = start.exten();
        this.priority = Math.max(1, start.priority());
        this.here = new DialplanLocation(context, exten, priority);
    }

    CompletionStage<Void> start() {
        channel.hungUp().whenComplete((c, e) -> {
            CompletableFuture<Boolean> waiting = sleeper;
            if (waiting != null) {
                waiting.complete(true);
            }
        });
        if (exten.isEmpty()) {
            log.verbose(2, "Starting " + channel.name() + " at " + context + "," + exten + "," + priority
                    + " failed so falling back to exten 's'");
            exten = "s";
            priority = 1;
        }
        engine.execute(this::resume, this::abandon);
        return done;
    }

    /** Where the dialplan is: the priority running now. */
    DialplanLocation location() {
        return here;
    }

    /** The cause the channel will be hung up with (Hangup(17), Busy), unless it hangs up otherwise first. */
    void hangupCause(HangupCause hangupCause) {
        cause = hangupCause;
    }

    HangupCause hangupCause() {
        HangupCause pending = cause;
        return channel.isHungUp() || pending == null ? channel.hangupCause() : pending;
    }

    /** The wait in progress, ended early when the channel hangs up. */
    void sleeper(CompletableFuture<Boolean> wait) {
        sleeper = wait;
        if (channel.isHungUp()) {
            wait.complete(true);
        }
    }

    /** Runs steps until one has to wait, or the end. */
    private void resume() {
        try {
            while (phase != Phase.DONE) {
                CompletionStage<Result> stage = step();
                if (stage == null) {
                    continue; // the position changed at once: go on
                }
                AtomicInteger state = new AtomicInteger(PENDING);
                Object[] outcome = new Object[2];
                stage.whenComplete((result, error) -> {
                    outcome[0] = result;
                    outcome[1] = error;
                    if (!state.compareAndSet(PENDING, DONE_AT_ONCE)) {
                        engine.execute(() -> {
                            afterStage(result, error);
                            resume();
                        }, this::abandon);
                    }
                });
                if (state.compareAndSet(PENDING, DONE_LATER)) {
                    return; // the stage resumes the loop when it completes
                }
                afterStage((Result) outcome[0], (Throwable) outcome[1]);
            }
        } catch (RuntimeException e) {
            log.error("The dialplan failed on channel '" + channel.name() + "': " + e);
            abandon();
        }
    }

    private CompletionStage<Result> step() {
        CompiledDialplan plan = engine.dialplan();
        CompiledPriority found = plan.find(context, exten, priority, engine.callerNumber(channel));
        if (phase == Phase.HANGUP_EXTENSION) {
            if (found == null) {
                finish();
                return null;
            }
            return execute(found);
        }
        return found == null ? notFound(plan) : execute(found);
    }

    private CompletionStage<Result> execute(CompiledPriority found) {
        DialplanApplication app = engine.application(found.application()).orElse(null);
        if (app == null) {
            log.warning("No application '" + found.application() + "' for extension (" + context + ", " + exten + ", "
                    + priority + ")");
            exitedNonZero();
            return null;
        }
        DialplanLocation at = new DialplanLocation(context, exten, priority);
        here = at; // before substituting: ${EXTEN} and ${PRIORITY} are this priority's
        channel.jump(at); // publishes where the dialplan is, for core show channels...
        channel.takeJump(); // ...which is not a jump: only what the application does counts
        String data = engine.substitute(channel, found.data());
        application = app.name();
        channel.application(app.name(), data);
        log.verbose(3, "Executing [" + exten + "@" + context + ":" + priority + "] " + app.name() + "(\"" + channel.name()
                + "\", \"" + data + "\") in new stack");
        awaiting = Awaiting.APPLICATION;
        try {
            CompletionStage<Result> stage = app.execute(channel, data);
            return stage != null ? stage : CompletableFuture.failedFuture(new NullPointerException("no stage returned"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** No such priority: an invalid extension ("i"), or the end of a valid one (auto fallthrough). */
    private CompletionStage<Result> notFound(CompiledDialplan plan) {
        String caller = engine.callerNumber(channel);
        if (plan.find(context, exten, 1, caller) == null) {
            if (plan.find(context, "i", 1, caller) != null) {
                log.verbose(3, "Channel '" + channel.name() + "' sent to invalid extension: context,exten,priority="
                        + context + "," + exten + "," + priority);
                ChannelVariables.set(channel, "INVALID_EXTEN", exten);
                exten = "i";
                priority = 1;
            } else if (plan.find(context, "e", 1, caller) != null) {
                exten = "e";
                priority = 1;
            } else {
                log.warning("Channel '" + channel.name() + "' sent to invalid extension but no invalid handler: "
                        + "context,exten,priority=" + context + "," + exten + "," + priority);
                endMain();
            }
            return null;
        }
        String status = ChannelVariables.get(channel, "DIALSTATUS").orElse("UNKNOWN");
        log.verbose(3, "Auto fallthrough, channel '" + channel.name() + "' status is '" + status + "'");
        awaiting = Awaiting.FALLTHROUGH;
        if (status.equalsIgnoreCase("CONGESTION") || status.equalsIgnoreCase("CHANUNAVAIL")) {
            return engine.indicate(channel, ControlFrame.Control.CONGESTION, HangupCause.NORMAL_CIRCUIT_CONGESTION, "10");
        }
        if (status.equalsIgnoreCase("BUSY")) {
            return engine.indicate(channel, ControlFrame.Control.BUSY, HangupCause.USER_BUSY, "10");
        }
        endMain();
        return null;
    }

    private void afterStage(Result result, Throwable error) {
        if (awaiting == Awaiting.FALLTHROUGH) {
            endMain();
            return;
        }
        if (error != null) {
            Throwable problem = unwrap(error);
            log.error("Application " + application + " failed on channel '" + channel.name() + "': " + problem);
            exitedNonZero();
            return;
        }
        if (result != Result.CONTINUE) {
            exitedNonZero();
            return;
        }
        DialplanLocation target = channel.takeJump().orElse(null);
        if (target != null) {
            context = target.context();
            exten = target.exten();
            priority = target.priority();
        } else {
            priority++;
        }
        if (phase == Phase.MAIN && channel.isHungUp()) {
            endMain();
        }
    }

    /** An application ended the dialplan (Asterisk's return value -1). */
    private void exitedNonZero() {
        log.verbose(2, "Spawn extension (" + context + ", " + exten + ", " + priority + ") exited non-zero on '"
                + channel.name() + "'");
        if (phase == Phase.MAIN) {
            endMain();
        } else {
            finish();
        }
    }

    /** The main loop is over: hang up, then run the context's "h" extension if it has one. */
    private void endMain() {
        if (!channel.isHungUp()) {
            HangupCause pending = cause;
            channel.hangup(pending != null ? pending : HangupCause.NORMAL_CLEARING);
        }
        if (engine.dialplan().find(context, "h", 1, engine.callerNumber(channel)) != null) {
            phase = Phase.HANGUP_EXTENSION;
            exten = "h";
            priority = 1;
        } else {
            finish();
        }
    }

    private void finish() {
        phase = Phase.DONE;
        channel.application("", "");
        engine.finished(channel, this);
        done.complete(null);
    }

    /** The engine is going away or cannot run us: hang up and end. */
    void abandon() {
        try {
            if (!channel.isHungUp()) {
                HangupCause pending = cause;
                channel.hangup(pending != null ? pending : HangupCause.NORMAL_CLEARING);
            }
        } finally {
            phase = Phase.DONE;
            engine.finished(channel, this);
            done.complete(null);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
