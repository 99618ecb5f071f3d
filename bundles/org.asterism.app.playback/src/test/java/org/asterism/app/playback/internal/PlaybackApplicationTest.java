package org.asterism.app.playback.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.Translator;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PlaybackApplicationTest {

    private static final long FRAME = TimeUnit.MILLISECONDS.toNanos(20);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RawFileFormat wav = new RawFileFormat();
    private final TestChannel channel = new TestChannel("PJSIP/201-00000001", ChannelState.UP);
    private Path sounds;
    private PlaybackApplication playback;

    /** Identity for equal formats; ulaw to alaw by relabelling, so a test can see the path was used. */
    private static final Translator TRANSLATOR = new Translator() {
        @Override
        public Optional<Transcoder> path(Format from, Format to) {
            if (from.equals(to)) {
                return Optional.of(frame -> frame);
            }
            if (from.equals(Format.ULAW) && to.equals(Format.ALAW)) {
                return Optional.of(frame -> new VoiceFrame(Format.ALAW, frame.payload(), frame.samples()));
            }
            return Optional.empty();
        }

        @Override
        public boolean canTranslate(Format from, Format to) {
            return path(from, to).isPresent();
        }
    };

    @Before
    public void setUp() throws Exception {
        sounds = folder.newFolder("sounds").toPath();
        playback = new PlaybackApplication(TRANSLATOR, sounds, scheduler, scheduler::nanoTime, false);
        playback.addFileFormat(wav);
    }

    /** A sound of {@code frames} 20 ms frames whose samples say which frame they belong to. */
    private void sound(String relative, int frames) throws Exception {
        byte[] bytes = new byte[frames * 160];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i / 160);
        }
        Path file = sounds.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static List<Integer> frameNumbers(List<Frame> written) {
        List<Integer> numbers = new ArrayList<>();
        for (Frame frame : written) {
            numbers.add((int) ((VoiceFrame) frame).payload()[0]);
        }
        return numbers;
    }

    @Test
    public void framesGoOutInOrderEachDueAtTheStartPlusWhatWasSentSoLatenessDoesNotAddUp() throws Exception {
        sound("en/hello-world.wav", 5);

        CompletableFuture<Result> done = playback.execute(channel, "hello-world").toCompletableFuture();
        assertEquals(List.of(0), frameNumbers(channel.written)); // the first frame goes at once
        for (int i = 0; i < 4; i++) {
            scheduler.runNext(TimeUnit.MILLISECONDS.toNanos(3)); // every tick runs 3 ms late
        }
        assertFalse(done.isDone());
        scheduler.runNext(0); // the end of the file

        assertEquals(List.of(0, 1, 2, 3, 4), frameNumbers(channel.written));
        // the first wait is a whole frame; each later one is shortened by the 3 ms the tick before it ran late
        assertEquals(List.of(FRAME, FRAME - 3_000_000, FRAME - 3_000_000, FRAME - 3_000_000, FRAME - 3_000_000),
                scheduler.delays);
        assertEquals(Result.CONTINUE, done.get());
        assertEquals(Optional.of("SUCCESS"), channel.variable("PLAYBACKSTATUS"));
        assertEquals(0, wav.open.get());
    }

    @Test
    public void filesPlayOneAfterAnotherInTheChannelsFormatFromTheLanguageFolderThenTheSoundsFolder() throws Exception {
        sound("fr/one.wav", 1);
        sound("silence/1.wav", 2);
        channel.language = "fr_CA";
        channel.formats = List.of(Format.ALAW, Format.ULAW);

        CompletableFuture<Result> done = playback.execute(channel, "one&silence/1").toCompletableFuture();
        while (!done.isDone()) {
            scheduler.runNext(0);
        }

        assertEquals(List.of(0, 0, 1), frameNumbers(channel.written));
        assertTrue(channel.written.stream().allMatch(f -> ((VoiceFrame) f).format().equals(Format.ALAW)));
        assertEquals(Result.CONTINUE, done.get());
    }

    @Test
    public void aMissingFileFailsButTheOthersStillPlay() throws Exception {
        sound("en/beep.wav", 1);

        CompletableFuture<Result> done = playback.execute(channel, "no-such-file&beep").toCompletableFuture();
        while (!done.isDone()) {
            scheduler.runNext(0);
        }

        assertEquals(1, channel.written.size());
        assertEquals(Result.CONTINUE, done.get());
        assertEquals(Optional.of("FAILED"), channel.variable("PLAYBACKSTATUS"));
    }

    @Test
    public void onlyAMissingFileFailsAtOnce() throws Exception {
        CompletableFuture<Result> done = playback.execute(channel, "nothing-here").toCompletableFuture();

        assertEquals(Result.CONTINUE, done.get());
        assertEquals(Optional.of("FAILED"), channel.variable("PLAYBACKSTATUS"));
        assertTrue(channel.written.isEmpty());
    }

    @Test
    public void aHangupStopsThePlayback() throws Exception {
        sound("en/long.wav", 50);

        CompletableFuture<Result> done = playback.execute(channel, "long").toCompletableFuture();
        scheduler.runNext(0);
        channel.remoteHangup(HangupCause.NORMAL_CLEARING);

        assertEquals(Result.HANGUP, done.get());
        assertEquals(2, channel.written.size());
        assertEquals(0, scheduler.pending());
        assertEquals(0, wav.open.get());
        assertEquals(Optional.of("SUCCESS"), channel.variable("PLAYBACKSTATUS"));
    }

    @Test
    public void itAnswersFirstUnlessToldNotTo() throws Exception {
        sound("en/beep.wav", 1);
        TestChannel ringing = new TestChannel("PJSIP/202-00000002", ChannelState.RING);

        playback.execute(ringing, "beep").toCompletableFuture();
        assertEquals(1, ringing.answers.get());
        assertEquals(1, ringing.written.size());

        TestChannel early = new TestChannel("PJSIP/203-00000003", ChannelState.RING);
        playback.execute(early, "beep,noanswer");
        assertEquals(0, early.answers.get());
        assertEquals(1, early.written.size());

        TestChannel skipped = new TestChannel("PJSIP/204-00000004", ChannelState.RING);
        assertEquals(Result.CONTINUE, playback.execute(skipped, "beep,skip").toCompletableFuture().get());
        assertEquals(0, skipped.answers.get());
        assertTrue(skipped.written.isEmpty());
    }

    @Test
    public void withARealSchedulerEveryFrameArrivesInOrder() throws Exception {
        sound("en/short.wav", 10);
        ScheduledThreadPoolExecutor real = new ScheduledThreadPoolExecutor(1);
        try {
            PlaybackApplication timed = new PlaybackApplication(TRANSLATOR, sounds, real, System::nanoTime, false);
            timed.addFileFormat(wav);

            Result result = timed.execute(channel, "short").toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertEquals(Result.CONTINUE, result);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), frameNumbers(channel.written));
        } finally {
            real.shutdownNow();
        }
    }
}
