package org.asterism.pbx.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.pbx.api.ChannelDriver;
import org.asterism.pbx.api.HangupCause;

/** A channel driver that records what the core asks of it. */
public class FakeDriver implements ChannelDriver {

    public final AtomicInteger calls = new AtomicInteger();
    public final AtomicInteger hangups = new AtomicInteger();
    public final List<HangupCause> hangupCauses = new CopyOnWriteArrayList<>();
    public final List<Control> indications = new CopyOnWriteArrayList<>();
    public final List<Frame> written = new CopyOnWriteArrayList<>();
    public volatile CompletableFuture<Void> answer = CompletableFuture.completedFuture(null);
    public volatile List<Format> formats;
    public volatile Optional<RtpSession> rtp = Optional.empty();
    public volatile boolean allowsDirectMedia;
    /** Where the far end was told to send its media, in order (empty: back to us). */
    public final List<Optional<InetSocketAddress>> directMedia = new CopyOnWriteArrayList<>();

    public FakeDriver(Format... formats) {
        this.formats = List.of(formats);
    }

    @Override
    public void call() {
        calls.incrementAndGet();
    }

    @Override
    public CompletionStage<Void> answer() {
        return answer;
    }

    @Override
    public void indicate(Control control) {
        indications.add(control);
    }

    @Override
    public void write(Frame frame) {
        written.add(frame);
    }

    @Override
    public void hangup(HangupCause cause) {
        hangups.incrementAndGet();
        hangupCauses.add(cause);
    }

    @Override
    public List<Format> nativeFormats() {
        return formats;
    }

    @Override
    public Optional<RtpSession> rtp() {
        return rtp;
    }

    @Override
    public boolean allowsDirectMedia() {
        return allowsDirectMedia;
    }

    @Override
    public void directMedia(Optional<InetSocketAddress> peer) {
        directMedia.add(peer);
    }
}
