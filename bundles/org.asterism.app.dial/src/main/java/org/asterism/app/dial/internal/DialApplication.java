package org.asterism.app.dial.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.asterism.pbx.api.Bridges;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.dialplan.ApplicationArguments;
import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.osgi.service.component.annotations.Activate;
import org.asterism.loader.UseCount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dial(Tech/resource[&Tech2/resource2...][,timeout[,options]]), as apps/app_dial.c: every destination is requested and
 * called at once, the first to answer is bridged with the caller and the others are hung up as answered elsewhere.
 * Sets DIALSTATUS, DIALEDPEERNAME, DIALEDPEERNUMBER, RINGTIME, PROGRESSTIME, ANSWEREDTIME and DIALEDTIME. Options
 * {@code g} (go on in the dialplan when the callee hangs up) and {@code r} (indicate ringing at once) are supported;
 * any other is ignored, and said so once.
 */
@Component(service = { DialplanApplication.class, UseCount.class })
public class DialApplication implements DialplanApplication, UseCount {

    /** Channels running the application now: the module's use count. */
    private final AtomicInteger running = new AtomicInteger();

    private static final Logger LOG = LoggerFactory.getLogger(DialApplication.class);
    private static final String SUPPORTED = "gr";

    private final Channels channels;
    private final Bridges bridges;
    private final ScheduledExecutorService timer;
    private final boolean ownTimer;
    private final Set<Character> warned = ConcurrentHashMap.newKeySet();

    @Activate
    public DialApplication(@Reference Channels channels, @Reference Bridges bridges) {
        this(channels, bridges, timer(), true);
    }

    DialApplication(Channels channels, Bridges bridges, ScheduledExecutorService timer, boolean ownTimer) {
        this.channels = channels;
        this.bridges = bridges;
        this.timer = timer;
        this.ownTimer = ownTimer;
    }

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "app_dial-timeout");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Deactivate
    void deactivate() {
        if (ownTimer) {
            timer.shutdownNow();
        }
    }

    @Override
    public String name() {
        return "Dial";
    }

    @Override
    public String synopsis() {
        return "Attempt to connect to another device or endpoint and bridge the call.";
    }

    @Override
    public CompletionStage<Result> execute(Channel caller, String data) {
        return counted(dial(caller, data));
    }

    private CompletionStage<Result> dial(Channel caller, String data) {
        for (String name : List.of("DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME", "ANSWEREDTIME_MS",
                "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS", "PROGRESSTIME", "PROGRESSTIME_MS")) {
            caller.variable(name, "");
        }
        if (caller.isHungUp()) {
            LOG.info("Caller hung up before dial.");
            caller.variable("DIALSTATUS", "CANCEL");
            return CompletableFuture.completedFuture(Result.HANGUP);
        }
        List<String> args = ApplicationArguments.split(data == null ? "" : data);
        if (args.get(0).isBlank()) {
            LOG.warn("Dial requires an argument (technology/resource)");
            caller.variable("DIALSTATUS", "INVALIDARGS");
            return CompletableFuture.completedFuture(Result.HANGUP);
        }
        DialOptions options = DialOptions.parse(args.size() > 2 ? args.get(2) : "");
        warnUnsupported(options);
        long timeoutMillis = timeout(args.size() > 1 ? args.get(1) : "");

        DialAttempt attempt = new DialAttempt(caller, bridges, timer, options.has('g'), options.has('r'));
        Map<String, String> inherited = inheritable(caller);
        for (String destination : ApplicationArguments.split(args.get(0), '&')) {
            destination = destination.trim();
            if (destination.isEmpty()) {
                continue;
            }
            int slash = destination.indexOf('/');
            if (slash <= 0 || slash == destination.length() - 1) {
                LOG.warn("Dial argument takes format (technology/resource)");
                attempt.hangupAll();
                caller.variable("DIALSTATUS", "INVALIDARGS");
                return CompletableFuture.completedFuture(options.has('g') ? Result.CONTINUE : Result.HANGUP);
            }
            String technology = destination.substring(0, slash);
            String number = destination.substring(slash + 1);
            Channel callee;
            try {
                callee = channels.request(technology, number, Optional.of(caller));
            } catch (ChannelRequestException e) {
                LOG.info("Unable to create channel of type '{}' (cause {} - {})", technology, e.hangupCause().code(),
                        e.hangupCause().text());
                attempt.requestFailed(e.hangupCause());
                continue;
            }
            prepare(callee, caller, number, inherited);
            attempt.add(callee, number);
        }
        return attempt.start(timeoutMillis);
    }

    /** As dial_exec_full does to each new channel before calling it. */
    private static void prepare(Channel callee, Channel caller, String number, Map<String, String> inherited) {
        callee.variable("DIALEDPEERNUMBER", number);
        inherited.forEach(callee::variable);
        callee.application("AppDial", "(Outgoing Line)");
        // the callee is shown who calls (chan_pjsip presents the channel's caller ID), and is connected to the caller
        callee.callerId(caller.callerId());
        callee.connectedLine(caller.callerId());
    }

    /** ast_channel_inherit_variables: {@code _X} is passed on as {@code X}, {@code __X} as itself (to go further). */
    private static Map<String, String> inheritable(Channel caller) {
        Map<String, String> inherited = new java.util.LinkedHashMap<>();
        caller.variables().forEach((name, value) -> {
            if (name.startsWith("__") && name.length() > 2) {
                inherited.put(name, value);
            } else if (name.startsWith("_") && name.length() > 1) {
                inherited.put(name.substring(1), value);
            }
        });
        return inherited;
    }

    /** The answer timeout in milliseconds from "30" or "30^5" (answer^progress; progress is not supported); 0: none. */
    private static long timeout(String text) {
        String answer = text.contains("^") ? text.substring(0, text.indexOf('^')) : text;
        if (answer.isBlank()) {
            return 0;
        }
        try {
            double seconds = Double.parseDouble(answer.trim());
            if (seconds > 0) {
                return (long) (seconds * 1000);
            }
        } catch (NumberFormatException e) {
            // as below
        }
        LOG.warn("Invalid answer timeout specified: '{}'. Setting timeout to infinite", answer);
        return 0;
    }

    private void warnUnsupported(DialOptions options) {
        for (char letter : options.letters()) {
            if (SUPPORTED.indexOf(letter) < 0 && warned.add(letter)) {
                LOG.warn("Dial option '{}' is not supported by Asterism and is ignored", letter);
            }
        }
    }

    @Override
    public int useCount() {
        return running.get();
    }

    @Override
    public String describe() {
        return "channels running Dial";
    }

    /** Counts a run from its start to its end. */
    private CompletionStage<Result> counted(CompletionStage<Result> run) {
        running.incrementAndGet();
        return run.whenComplete((result, failure) -> running.decrementAndGet());
    }
}
