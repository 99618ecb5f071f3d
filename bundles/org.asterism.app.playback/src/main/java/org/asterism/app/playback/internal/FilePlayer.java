package org.asterism.app.playback.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.asterism.media.api.FileFormat;
import org.asterism.media.api.FileFormat.FrameReader;
import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.Translator;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams sound files to one channel, one after another, as ast_streamfile and ast_waitstream do: each file is
 * translated to the channel's first format and sent a frame at a time, each frame due at the stream's start plus the
 * length of everything sent before it, so scheduling delays never add up. Stops when the channel hangs up.
 */
final class FilePlayer {

    private static final Logger LOG = LoggerFactory.getLogger(FilePlayer.class);

    /** How the playback ended. */
    enum Outcome {
        /** Every file played or was skipped. */
        DONE,
        /** The channel hung up. */
        HUNG_UP
    }

    private final Channel channel;
    private final Deque<String> names;
    private final String data;
    private final SoundFinder finder;
    private final List<FileFormat> formats;
    private final Translator translator;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final CompletableFuture<Outcome> done = new CompletableFuture<>();

    /** Guarded by {@code this}. */
    private FrameReader reader;
    private Transcoder transcoder;
    private int samplesPerFrame;
    private long due;
    private Future<?> next;
    private boolean failed;

    FilePlayer(Channel channel, List<String> names, String data, SoundFinder finder, List<FileFormat> formats,
            Translator translator, ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        this.channel = channel;
        this.names = new ArrayDeque<>(names);
        this.data = data;
        this.finder = finder;
        this.formats = formats;
        this.translator = translator;
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
    }

    /** Starts playing; completes once all is played or the channel hangs up. */
    CompletableFuture<Outcome> start() {
        channel.hungUp().thenRun(this::stop);
        synchronized (this) {
            openNext();
        }
        return done;
    }

    /** Whether a file could not be played (PLAYBACKSTATUS=FAILED). */
    synchronized boolean failed() {
        return failed;
    }

    /** Opens the next file that can be played and sends its first frame; completes when none is left. */
    private void openNext() {
        while (!done.isDone()) {
            if (channel.isHungUp()) {
                finish(Outcome.HUNG_UP);
                return;
            }
            String name = names.poll();
            if (name == null) {
                finish(Outcome.DONE);
                return;
            }
            if (open(name)) {
                due = nanoTime.getAsLong();
                tick();
                return;
            }
            failed = true;
            if (!channel.isHungUp()) {
                LOG.warn("Playback failed on {} for {}", channel.name(), data);
            }
        }
    }

    private boolean open(String name) {
        Optional<SoundFinder.Sound> sound = finder.find(name, channel.language(), formats);
        if (sound.isEmpty()) {
            LOG.warn("ast_streamfile: File {} does not exist in any format", name);
            return false;
        }
        List<Format> nativeFormats = channel.nativeFormats();
        try {
            FrameReader opened = sound.get().format().open(sound.get().file());
            Format from = opened.format();
            Format to = nativeFormats.isEmpty() ? from : nativeFormats.get(0);
            Optional<Transcoder> path = translator.path(from, to);
            if (path.isEmpty()) {
                opened.close();
                LOG.warn("Unable to open {} (format {}): no translation path from {}", name, formatNames(nativeFormats), from.name());
                return false;
            }
            reader = opened;
            transcoder = path.get();
            samplesPerFrame = Math.max(1, from.sampleRate() / 50);
            return true;
        } catch (IOException e) {
            LOG.warn("Unable to open {} (format {}): {}", name, formatNames(nativeFormats), e.getMessage());
            return false;
        }
    }

    /** Sends the frame due now and schedules the next one at its absolute due time. */
    private synchronized void tick() {
        next = null;
        if (done.isDone() || reader == null) {
            return;
        }
        if (channel.isHungUp()) {
            finish(Outcome.HUNG_UP);
            return;
        }
        VoiceFrame frame;
        try {
            frame = reader.read(samplesPerFrame);
        } catch (IOException e) {
            LOG.warn("{}: reading a sound file failed: {}", channel.name(), e.getMessage());
            frame = null;
        }
        if (frame == null || frame.samples() <= 0) {
            closeReader();
            openNext();
            return;
        }
        VoiceFrame out = transcoder.translate(frame);
        if (out != null) {
            channel.write(out);
        }
        due += frame.samples() * 1_000_000_000L / frame.format().sampleRate();
        try {
            next = scheduler.schedule(this::tick, Math.max(0, due - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            finish(Outcome.HUNG_UP); // the module is being unloaded
        }
    }

    private synchronized void stop() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        finish(Outcome.HUNG_UP);
    }

    private void finish(Outcome outcome) {
        closeReader();
        done.complete(outcome);
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                LOG.debug("Closing a sound file failed: {}", e.getMessage());
            }
            reader = null;
            transcoder = null;
        }
    }

    private static String formatNames(List<Format> formats) {
        StringBuilder names = new StringBuilder("(");
        for (int i = 0; i < formats.size(); i++) {
            names.append(i == 0 ? "" : "|").append(formats.get(i).name());
        }
        return names.append(')').toString();
    }
}
