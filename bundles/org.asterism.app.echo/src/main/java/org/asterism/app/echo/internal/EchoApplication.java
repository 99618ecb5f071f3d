package org.asterism.app.echo.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.asterism.loader.UseCount;
import org.osgi.service.component.annotations.Component;

/**
 * Echo(), as apps/app_echo.c: every voice and DTMF frame read is written straight back, on the thread that read it,
 * until the caller hangs up (the dialplan then stops) or presses # (the dialplan continues). Control frames are not
 * echoed. Like Asterisk's, it does not answer the channel itself.
 */
@Component(service = { DialplanApplication.class, UseCount.class })
public class EchoApplication implements DialplanApplication, UseCount {

    /** Channels running the application now: the module's use count. */
    private final AtomicInteger running = new AtomicInteger();

    @Override
    public String name() {
        return "Echo";
    }

    @Override
    public String synopsis() {
        return "Echo media, DTMF back to the calling party";
    }

    @Override
    public CompletionStage<Result> execute(Channel channel, String data) {
        return counted(echo(channel));
    }

    private CompletionStage<Result> echo(Channel channel) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        channel.reader(new Echo(channel, done));
        channel.hungUp().thenRun(() -> done.complete(Result.HANGUP));
        return done;
    }

    /** The reader while Echo runs. */
    private static final class Echo implements FrameSink {

        private final Channel channel;
        private final CompletableFuture<Result> done;

        Echo(Channel channel, CompletableFuture<Result> done) {
            this.channel = channel;
            this.done = done;
        }

        @Override
        public void accept(Frame frame) {
            if (done.isDone()) {
                return;
            }
            if (frame instanceof VoiceFrame || frame instanceof DtmfFrame) {
                channel.write(frame);
                if (frame instanceof DtmfFrame digit && digit.end() && digit.digit() == '#') {
                    channel.reader(FrameSink.DISCARD);
                    done.complete(Result.CONTINUE);
                }
            } else if (frame instanceof ControlFrame control && control.control() == ControlFrame.Control.HANGUP) {
                done.complete(Result.HANGUP);
            }
        }
    }

    @Override
    public int useCount() {
        return running.get();
    }

    @Override
    public String describe() {
        return "channels running Echo";
    }

    /** Counts a run from its start to its end. */
    private CompletionStage<Result> counted(CompletionStage<Result> run) {
        running.incrementAndGet();
        return run.whenComplete((result, failure) -> running.decrementAndGet());
    }
}
