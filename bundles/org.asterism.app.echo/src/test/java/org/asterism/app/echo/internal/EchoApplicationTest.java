package org.asterism.app.echo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.junit.Test;

public class EchoApplicationTest {

    private final EchoApplication echo = new EchoApplication();
    private final TestChannel channel = new TestChannel();

    @Test
    public void voiceAndDigitsComeBackUntilTheCallerHangsUp() throws Exception {
        CompletableFuture<Result> done = echo.execute(channel, "").toCompletableFuture();
        VoiceFrame voice = VoiceFrame.of(Format.ULAW, new byte[160]);

        channel.queue(voice);
        channel.queue(DtmfFrame.begin('5'));
        channel.queue(DtmfFrame.end('5', 100));
        channel.queue(ControlFrame.of(Control.HOLD));
        assertFalse(done.isDone());
        assertEquals(1, echo.useCount()); // the module cannot be unloaded under a call

        channel.remoteHangup(HangupCause.NORMAL_CLEARING);

        assertEquals(List.of(voice, DtmfFrame.begin('5'), DtmfFrame.end('5', 100)), channel.written);
        assertEquals(Result.HANGUP, done.get());
        assertEquals(0, echo.useCount());
    }

    @Test
    public void hashEndsItAndTheDialplanGoesOn() throws Exception {
        CompletableFuture<Result> done = echo.execute(channel, "").toCompletableFuture();

        channel.queue(DtmfFrame.begin('#'));
        assertFalse(done.isDone()); // app_echo stops on the digit's end, not its start
        channel.queue(DtmfFrame.end('#', 80));
        channel.queue(VoiceFrame.of(Format.ULAW, new byte[160]));

        assertEquals(Result.CONTINUE, done.get());
        assertEquals(List.of(DtmfFrame.begin('#'), DtmfFrame.end('#', 80)), channel.written);
    }

    @Test
    public void aLocalHangupEndsItToo() throws Exception {
        CompletableFuture<Result> done = echo.execute(channel, "").toCompletableFuture();

        channel.hangup(HangupCause.NORMAL_CLEARING);

        assertEquals(Result.HANGUP, done.get());
    }

    @Test
    public void aChannelAlreadyGoneEndsAtOnce() throws Exception {
        channel.hangup(HangupCause.NORMAL_CLEARING);

        assertEquals(Result.HANGUP, echo.execute(channel, "").toCompletableFuture().get());
    }
}
