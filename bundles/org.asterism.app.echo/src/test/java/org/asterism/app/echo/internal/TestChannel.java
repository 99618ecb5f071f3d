package org.asterism.app.echo.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;

/** A channel that records what the application does to it; the test plays the far end with queue and remoteHangup. */
class TestChannel implements Channel {

    final List<Frame> written = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HangupCause> hungUp = new CompletableFuture<>();
    private volatile FrameSink reader = FrameSink.DISCARD;

    @Override
    public String name() {
        return "PJSIP/201-00000001";
    }

    @Override
    public String uniqueId() {
        return "1.1";
    }

    @Override
    public String technology() {
        return "PJSIP";
    }

    @Override
    public ChannelState state() {
        return ChannelState.UP;
    }

    @Override
    public Instant created() {
        return Instant.EPOCH;
    }

    @Override
    public CallerId callerId() {
        return CallerId.UNKNOWN;
    }

    @Override
    public void callerId(CallerId callerId) {
    }

    @Override
    public CallerId connectedLine() {
        return CallerId.UNKNOWN;
    }

    @Override
    public void connectedLine(CallerId connectedLine) {
    }

    @Override
    public DialplanLocation location() {
        return new DialplanLocation("default", "600", 1);
    }

    @Override
    public void jump(DialplanLocation target) {
    }

    @Override
    public Optional<DialplanLocation> takeJump() {
        return Optional.empty();
    }

    @Override
    public String application() {
        return "";
    }

    @Override
    public String applicationData() {
        return "";
    }

    @Override
    public void application(String application, String data) {
    }

    @Override
    public Optional<String> variable(String name) {
        return Optional.empty();
    }

    @Override
    public void variable(String name, String value) {
    }

    @Override
    public Map<String, String> variables() {
        return new HashMap<>();
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public String accountCode() {
        return "";
    }

    @Override
    public List<Format> nativeFormats() {
        return List.of(Format.ULAW);
    }

    @Override
    public Optional<RtpSession> rtp() {
        return Optional.empty();
    }

    @Override
    public CompletionStage<Void> answer() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void call() {
    }

    @Override
    public void indicate(Control control) {
    }

    @Override
    public void write(Frame frame) {
        if (!isHungUp()) {
            written.add(frame);
        }
    }

    @Override
    public void reader(FrameSink reader) {
        this.reader = reader;
    }

    @Override
    public void hangup(HangupCause cause) {
        hungUp.complete(cause);
    }

    @Override
    public boolean isHungUp() {
        return hungUp.isDone();
    }

    @Override
    public HangupCause hangupCause() {
        return hungUp.getNow(HangupCause.NOT_DEFINED);
    }

    @Override
    public CompletionStage<HangupCause> hungUp() {
        return hungUp;
    }

    @Override
    public void queue(Frame frame) {
        if (!isHungUp()) {
            reader.accept(frame);
        }
    }

    @Override
    public void state(ChannelState state) {
    }

    @Override
    public void remoteHangup(HangupCause cause) {
        if (!isHungUp()) {
            reader.accept(ControlFrame.of(Control.HANGUP));
            hungUp.complete(cause);
        }
    }
}
