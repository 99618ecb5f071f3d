package org.asterism.app.playback.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * A channel that records what the application does to it; the test plays the far end with queue and remoteHangup.
 * Thread-safe enough for the tests: the fields any thread touches are volatile or concurrent.
 */
class TestChannel implements Channel {

    final String name;
    final List<Frame> written = new CopyOnWriteArrayList<>();
    final List<Control> indications = new CopyOnWriteArrayList<>();
    final AtomicInteger answers = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final CompletableFuture<HangupCause> hungUp = new CompletableFuture<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    volatile ChannelState state;
    volatile String language = "en";
    volatile List<Format> formats = List.of(Format.ULAW);
    volatile CallerId callerId = CallerId.of("Alice", "201");
    volatile CallerId connectedLine = CallerId.UNKNOWN;
    volatile String application = "";
    volatile String applicationData = "";
    volatile FrameSink reader = FrameSink.DISCARD;
    volatile CompletableFuture<Void> answer = CompletableFuture.completedFuture(null);

    TestChannel(String name, ChannelState state) {
        this.name = name;
        this.state = state;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String uniqueId() {
        return "1.1";
    }

    @Override
    public String technology() {
        return name.substring(0, name.indexOf('/'));
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public Instant created() {
        return Instant.now();
    }

    @Override
    public CallerId callerId() {
        return callerId;
    }

    @Override
    public void callerId(CallerId callerId) {
        this.callerId = callerId;
    }

    @Override
    public CallerId connectedLine() {
        return connectedLine;
    }

    @Override
    public void connectedLine(CallerId connectedLine) {
        this.connectedLine = connectedLine;
    }

    @Override
    public DialplanLocation location() {
        return new DialplanLocation("default", "100", 1);
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
        return application;
    }

    @Override
    public String applicationData() {
        return applicationData;
    }

    @Override
    public void application(String application, String data) {
        this.application = application;
        this.applicationData = data;
    }

    @Override
    public synchronized Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    @Override
    public synchronized void variable(String name, String value) {
        if (value == null) {
            variables.remove(name);
        } else {
            variables.put(name, value);
        }
    }

    @Override
    public synchronized Map<String, String> variables() {
        return new LinkedHashMap<>(variables);
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String accountCode() {
        return "";
    }

    @Override
    public List<Format> nativeFormats() {
        return formats;
    }

    @Override
    public Optional<RtpSession> rtp() {
        return Optional.empty();
    }

    @Override
    public CompletionStage<Void> answer() {
        answers.incrementAndGet();
        return answer.thenRun(() -> state = ChannelState.UP);
    }

    @Override
    public void call() {
        calls.incrementAndGet();
    }

    @Override
    public void indicate(Control control) {
        if (!isHungUp()) {
            indications.add(control);
        }
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
        if (isHungUp()) {
            return;
        }
        if (frame instanceof ControlFrame control && control.control() == Control.ANSWER) {
            state = ChannelState.UP;
        }
        reader.accept(frame);
    }

    @Override
    public void state(ChannelState state) {
        this.state = state;
    }

    @Override
    public void remoteHangup(HangupCause cause) {
        if (!isHungUp()) {
            reader.accept(ControlFrame.of(Control.HANGUP));
            hungUp.complete(cause);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
