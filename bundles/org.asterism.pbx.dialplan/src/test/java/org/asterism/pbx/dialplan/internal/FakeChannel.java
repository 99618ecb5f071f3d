package org.asterism.pbx.dialplan.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;

/** A channel in memory: records what is done to it; the test plays the far end. */
public final class FakeChannel implements Channel {

    private final String name;
    private volatile ChannelState state = ChannelState.RING;
    private volatile CallerId callerId = CallerId.UNKNOWN;
    private volatile CallerId connectedLine = CallerId.UNKNOWN;
    private volatile DialplanLocation location;
    private volatile DialplanLocation jumped;
    private volatile String application = "";
    private volatile String applicationData = "";
    private final Map<String, String> variables = new ConcurrentHashMap<>();
    private final CompletableFuture<HangupCause> hungUp = new CompletableFuture<>();
    private volatile HangupCause cause = HangupCause.NOT_DEFINED;
    private volatile boolean localHangup;
    /** What was indicated, answered and jumped to, in order. */
    public final List<String> events = new CopyOnWriteArrayList<>();
    /** When set, answer() completes only when the test completes this. */
    public volatile CompletableFuture<Void> pendingAnswer;

    public FakeChannel(String name, String context, String exten, int priority) {
        this.name = name;
        this.location = new DialplanLocation(context, exten, priority);
    }

    public static FakeChannel at(String context, String exten) {
        return new FakeChannel("PJSIP/201-00000001", context, exten, 1);
    }

    public FakeChannel from(String number) {
        callerId = CallerId.of("", number);
        return this;
    }

    /** The far end hangs up. */
    public void farEndHangsUp(HangupCause why) {
        remoteHangup(why);
    }

    /** Whether the PBX (not the far end) hung it up. */
    public boolean hungUpLocally() {
        return localHangup;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String uniqueId() {
        return "1700000000.1";
    }

    @Override
    public String technology() {
        return "PJSIP";
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public Instant created() {
        return Instant.EPOCH;
    }

    @Override
    public CallerId callerId() {
        return callerId;
    }

    @Override
    public void callerId(CallerId id) {
        this.callerId = id;
    }

    @Override
    public CallerId connectedLine() {
        return connectedLine;
    }

    @Override
    public void connectedLine(CallerId id) {
        this.connectedLine = id;
    }

    @Override
    public DialplanLocation location() {
        return location;
    }

    @Override
    public synchronized void jump(DialplanLocation target) {
        location = target;
        jumped = target;
    }

    @Override
    public synchronized Optional<DialplanLocation> takeJump() {
        Optional<DialplanLocation> taken = Optional.ofNullable(jumped);
        jumped = null;
        return taken;
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
    public synchronized void application(String app, String data) {
        application = app;
        applicationData = data;
    }

    @Override
    public Optional<String> variable(String variableName) {
        return Optional.ofNullable(variables.get(variableName));
    }

    @Override
    public void variable(String variableName, String value) {
        if (value == null) {
            variables.remove(variableName);
        } else {
            variables.put(variableName, value);
        }
    }

    @Override
    public Map<String, String> variables() {
        return Map.copyOf(variables);
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
        return List.of();
    }

    @Override
    public Optional<RtpSession> rtp() {
        return Optional.empty();
    }

    @Override
    public CompletionStage<Void> answer() {
        if (state == ChannelState.UP) {
            return CompletableFuture.completedFuture(null);
        }
        events.add("answer");
        CompletableFuture<Void> pending = pendingAnswer;
        if (pending == null) {
            state = ChannelState.UP;
            return CompletableFuture.completedFuture(null);
        }
        return pending.thenRun(() -> state = ChannelState.UP);
    }

    @Override
    public void call() {
        events.add("call");
    }

    @Override
    public void indicate(ControlFrame.Control control) {
        events.add("indicate " + control);
    }

    @Override
    public void write(Frame frame) {
    }

    @Override
    public void reader(FrameSink reader) {
    }

    @Override
    public void hangup(HangupCause why) {
        if (!hungUp.isDone()) {
            localHangup = true;
            cause = why;
            events.add("hangup " + why);
            hungUp.complete(why);
        }
    }

    @Override
    public boolean isHungUp() {
        return hungUp.isDone();
    }

    @Override
    public HangupCause hangupCause() {
        return cause;
    }

    @Override
    public CompletionStage<HangupCause> hungUp() {
        return hungUp;
    }

    @Override
    public void queue(Frame frame) {
    }

    @Override
    public void state(ChannelState newState) {
        this.state = newState;
    }

    @Override
    public void remoteHangup(HangupCause why) {
        if (!hungUp.isDone()) {
            cause = why;
            events.add("remote hangup " + why);
            hungUp.complete(why);
        }
    }
}
