package org.asterism.pbx.dialplan.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.asterism.media.api.ControlFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.Dialplan;
import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.api.dialplan.DialplanFunction;
import org.asterism.pbx.api.dialplan.DialplanSource;
import org.asterism.pbx.dialplan.internal.plan.CompiledDialplan;
import org.asterism.pbx.dialplan.internal.plan.CompiledPriority;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The dialplan engine (Asterisk's pbx.c): the {@link Dialplan} service. Sources, applications and functions come and
 * go as whiteboard services; every change to the sources compiles a new immutable {@link CompiledDialplan} that
 * replaces the old one in a single write, so a lookup never takes a lock. Runs each channel's dialplan as a
 * {@link PbxRun} on an executor it owns, and provides the built-in applications and functions with what they need.
 */
@Component(service = { Dialplan.class, DialplanEngine.class })
public class DialplanEngine implements Dialplan {

    private final PbxLog log;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;
    private final Substitution substitution;
    private final GlobalVariables globals = new GlobalVariables();
    private final DialplanSources sources;
    private final NamedServices<DialplanApplication> applications = new NamedServices<>(DialplanApplication::name);
    private final NamedServices<DialplanFunction> functions = new NamedServices<>(DialplanFunction::name);
    private final Map<Channel, PbxRun> runs = new ConcurrentHashMap<>();

    @Activate
    public DialplanEngine() {
        this(new Slf4jPbxLog(), Clock.systemDefaultZone());
    }

    DialplanEngine(PbxLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "asterism-pbx-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.executor.setRemoveOnCancelPolicy(true); // waits cut short by a hangup must not pile up
        this.substitution = new Substitution(log);
        this.sources = new DialplanSources(this);
    }

    @Deactivate
    void deactivate() {
        runs.values().forEach(PbxRun::abandon);
        executor.shutdownNow();
    }

    // --- whiteboards ---

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedSource")
    void addSource(DialplanSource source, Map<String, Object> properties) {
        sources.add(source, properties);
    }

    void updatedSource(DialplanSource source, Map<String, Object> properties) {
        sources.update(source, properties);
    }

    void removeSource(DialplanSource source, Map<String, Object> properties) {
        sources.remove(source, properties);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addApplication(DialplanApplication application) {
        applications.add(application);
    }

    void removeApplication(DialplanApplication application) {
        applications.remove(application);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFunction(DialplanFunction function) {
        functions.add(function);
    }

    void removeFunction(DialplanFunction function) {
        functions.remove(function);
    }

    // --- Dialplan ---

    @Override
    public boolean exists(String context, String exten, int priority, String callerNumber) {
        return sources.dialplan().find(context, exten, priority, emptyToNull(callerNumber)) != null;
    }

    @Override
    public boolean canMatchMore(String context, String exten, String callerNumber) {
        return sources.dialplan().matchesMore(context, exten, emptyToNull(callerNumber));
    }

    @Override
    public boolean hasContext(String context) {
        return sources.dialplan().context(context).isPresent();
    }

    @Override
    public CompletionStage<Void> run(Channel channel) {
        PbxRun run = new PbxRun(this, channel);
        if (runs.putIfAbsent(channel, run) != null) {
            log.warning(channel.name() + " already has PBX structure??");
            return CompletableFuture.failedFuture(new IllegalStateException(channel.name() + " is already running the dialplan"));
        }
        return run.start();
    }

    @Override
    public String substitute(Channel channel, String text) {
        return substitution.substitute(text, new VariableScope(this, channel));
    }

    @Override
    public Optional<String> hint(String context, String exten) {
        CompiledPriority hint = sources.dialplan().find(context, exten, DialplanEntry.HINT, null);
        return hint == null ? Optional.empty() : Optional.of(hint.data());
    }

    // --- for the built-in applications, functions and commands ---

    public CompiledDialplan dialplan() {
        return sources.dialplan();
    }

    public Optional<DialplanApplication> application(String name) {
        return applications.find(name);
    }

    public List<DialplanApplication> applications() {
        return applications.all();
    }

    public Optional<DialplanFunction> function(String name) {
        return functions.find(name);
    }

    public List<DialplanFunction> functions() {
        return functions.all();
    }

    public PbxLog log() {
        return log;
    }

    public Clock clock() {
        return clock;
    }

    public GlobalVariables globals() {
        return globals;
    }

    /** Where the dialplan is on a channel: the running priority, else what the channel says. */
    public DialplanLocation location(Channel channel) {
        PbxRun run = runs.get(channel);
        return run != null ? run.location() : channel.location();
    }

    /** Goto: the channel continues at {@code target} after the running application. */
    public void jump(Channel channel, DialplanLocation target) {
        channel.jump(target);
    }

    /** Sets the cause the PBX hangs the channel up with when the dialplan ends (Hangup(cause), Busy). */
    public void hangupCause(Channel channel, HangupCause cause) {
        PbxRun run = runs.get(channel);
        if (run != null) {
            run.hangupCause(cause);
        }
    }

    /** ${HANGUPCAUSE}: the pending cause while the channel is up, else the channel's. */
    public HangupCause hangupCause(Channel channel) {
        PbxRun run = runs.get(channel);
        return run != null ? run.hangupCause() : channel.hangupCause();
    }

    /** The caller's number for caller ID matching; null when unknown. */
    public String callerNumber(Channel channel) {
        return emptyToNull(channel.callerId().number());
    }

    /** {@code Set()}: a variable, or a function when the name ends in ")": {@code CALLERID(num)}. */
    public void setVariable(Channel channel, String name, String value) {
        new VariableWriter(this).set(channel, name, value);
    }

    /**
     * Waits {@code millis} (forever when negative) or until the channel hangs up, whichever comes first, without
     * holding a thread; completes with true when the hangup ended it.
     */
    public CompletionStage<Boolean> sleep(Channel channel, long millis) {
        CompletableFuture<Boolean> wait = new CompletableFuture<>();
        PbxRun run = runs.get(channel);
        if (run != null) {
            run.sleeper(wait);
        } else {
            channel.hungUp().whenComplete((c, e) -> wait.complete(true));
        }
        if (channel.isHungUp()) {
            wait.complete(true);
        } else if (millis >= 0) {
            try {
                ScheduledFuture<?> timer = executor.schedule(() -> wait.complete(false), millis, TimeUnit.MILLISECONDS);
                wait.whenComplete((r, e) -> timer.cancel(false));
            } catch (RejectedExecutionException e) {
                wait.complete(true);
            }
        }
        return wait;
    }

    /**
     * Busy and Congestion (pbx_builtins.c's {@code indicate_busy}): indicates, sets the cause unless the channel is up,
     * waits for the timeout in seconds (or the hangup), then ends the dialplan.
     */
    public CompletionStage<Result> indicate(Channel channel, ControlFrame.Control control, HangupCause cause,
            String timeout) {
        channel.indicate(control);
        if (channel.state() != ChannelState.UP) {
            hangupCause(channel, cause);
        }
        double seconds = -1;
        try {
            seconds = timeout == null || timeout.isBlank() ? -1 : Double.parseDouble(timeout.trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        long millis = seconds < 0 ? -1 : (long) (seconds * 1000.0);
        return sleep(channel, millis).thenApply(hungUp -> Result.HANGUP);
    }

    // --- for the PBX loop ---

    void execute(Runnable task, Runnable rejected) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            rejected.run();
        }
    }

    void finished(Channel channel, PbxRun run) {
        runs.remove(channel, run);
    }

    /** Substitution without a channel, for what is read at load time (globals, extension names, hints). */
    String expandGlobals(String text) {
        return substitution.substitute(text, new VariableScope(this, null));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
