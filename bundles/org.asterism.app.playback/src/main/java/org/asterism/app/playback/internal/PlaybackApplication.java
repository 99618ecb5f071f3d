package org.asterism.app.playback.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.LongSupplier;
import org.asterism.media.api.FileFormat;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.Translator;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.dialplan.ApplicationArguments;
import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.asterism.loader.UseCount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Playback(filename[&filename2...][,options]), as apps/app_playback.c: answers first unless {@code noanswer} (or,
 * with {@code skip}, does nothing when the channel is not up), plays each file in turn from {@code ${karaf.home}/sounds},
 * and sets PLAYBACKSTATUS to FAILED if any could not be played, else SUCCESS. The {@code say} and {@code mix} options
 * are not supported (there is no say.conf engine). Frames are paced by a scheduler of our own.
 */
@Component(service = { DialplanApplication.class, UseCount.class })
public class PlaybackApplication implements DialplanApplication, UseCount {

    /** Channels running the application now: the module's use count. */
    private final AtomicInteger running = new AtomicInteger();

    private static final Logger LOG = LoggerFactory.getLogger(PlaybackApplication.class);

    private final Translator translator;
    private final SoundFinder finder;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final boolean ownScheduler;
    private final List<FileFormat> formats = new CopyOnWriteArrayList<>();

    @Activate
    public PlaybackApplication(@Reference Translator translator, BundleContext context) {
        this(translator, soundsFolder(context), pacer(), System::nanoTime, true);
    }

    PlaybackApplication(Translator translator, Path sounds, ScheduledExecutorService scheduler, LongSupplier nanoTime,
            boolean ownScheduler) {
        this.translator = translator;
        this.finder = new SoundFinder(sounds);
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
        this.ownScheduler = ownScheduler;
    }

    private static Path soundsFolder(BundleContext context) {
        String home = context.getProperty("karaf.home");
        return Path.of(home == null ? "." : home, "sounds");
    }

    private static ScheduledExecutorService pacer() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, r -> {
            Thread thread = new Thread(r, "app_playback-pacer");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Deactivate
    void deactivate() {
        if (ownScheduler) {
            scheduler.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFileFormat(FileFormat format) {
        formats.add(format);
    }

    void removeFileFormat(FileFormat format) {
        formats.remove(format);
    }

    @Override
    public String name() {
        return "Playback";
    }

    @Override
    public String synopsis() {
        return "Play a file.";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        return counted(playback(channel, data));
    }

    private CompletionStage<Result> playback(Channel channel, String data) {
        if (data == null || data.isBlank()) {
            LOG.warn("Playback requires an argument (filename)");
            return CompletableFuture.completedFuture(Result.HANGUP);
        }
        List<String> args = ApplicationArguments.split(data);
        String options = args.size() > 1 ? args.get(1).toLowerCase(Locale.ROOT) : "";
        boolean skip = options.contains("skip");
        boolean noanswer = options.contains("noanswer");
        List<String> names = new ArrayList<>();
        for (String name : ApplicationArguments.split(args.get(0), '&')) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        channel.reader(FrameSink.DISCARD); // as ast_waitstream: what the caller sends meanwhile is read and dropped
        if (channel.state() != ChannelState.UP) {
            if (skip) {
                channel.variable("PLAYBACKSTATUS", "SUCCESS");
                return CompletableFuture.completedFuture(Result.CONTINUE);
            }
            if (!noanswer) {
                return channel.answer().handle((answered, failure) -> failure).thenCompose(failure -> {
                    if (failure != null) {
                        channel.variable("PLAYBACKSTATUS", "SUCCESS"); // as app_playback: nothing was tried
                        return CompletableFuture.completedFuture(Result.HANGUP);
                    }
                    return play(channel, names, data);
                });
            }
        }
        return play(channel, names, data);
    }

    private CompletionStage<Result> play(Channel channel, List<String> names, String data) {
        FilePlayer player = new FilePlayer(channel, names, data, finder, List.copyOf(formats), translator, scheduler, nanoTime);
        return player.start().thenApply(outcome -> {
            channel.variable("PLAYBACKSTATUS", player.failed() ? "FAILED" : "SUCCESS");
            return outcome == FilePlayer.Outcome.HUNG_UP ? Result.HANGUP : Result.CONTINUE;
        });
    }

    @Override
    public int useCount() {
        return running.get();
    }

    @Override
    public String describe() {
        return "channels running Playback";
    }

    /** Counts a run from its start to its end. */
    private CompletionStage<Result> counted(CompletionStage<Result> run) {
        running.incrementAndGet();
        return run.whenComplete((result, failure) -> running.decrementAndGet());
    }
}
