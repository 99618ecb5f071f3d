package org.asterism.pbx.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelDriver;
import org.asterism.pbx.api.ChannelSpec;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link Channel}: Asterisk's {@code ast_channel} reduced to what a push-model PBX needs. Fields any thread
 * may read are volatile; hang-up is decided by one compare-and-set, so the driver hears {@code hangup} exactly once
 * whoever asks and however often.
 */
public final class CoreChannel implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(CoreChannel.class);
    private static final ControlFrame HANGUP = ControlFrame.of(Control.HANGUP);

    private final String name;
    private final String uniqueId;
    private final String technology;
    private final String resource;
    private final Instant created;
    private final boolean incoming;
    private final String language;
    private final String accountCode;
    private final ChannelDriver driver;
    private final ChannelLifecycle lifecycle;
    /** Insertion order kept, for {@code core show channel}. */
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final AtomicReference<HangupCause> cause = new AtomicReference<>();
    private volatile boolean takeMediaBack;
    private final CompletableFuture<HangupCause> hungUp = new CompletableFuture<>();
    private final AtomicReference<DialplanLocation> pendingJump = new AtomicReference<>();

    private volatile ChannelState state;
    private volatile CallerId callerId;
    private volatile CallerId connectedLine = CallerId.UNKNOWN;
    private volatile DialplanLocation location;
    private volatile String application = "";
    private volatile String applicationData = "";
    private volatile FrameSink reader = FrameSink.DISCARD;
    private volatile boolean held;
    private volatile String bridgeId = "";

    CoreChannel(ChannelSpec spec, ChannelDriver driver, int sequence, Instant created, ChannelLifecycle lifecycle) {
        this.name = spec.technology() + "/" + spec.resource() + "-" + String.format("%08x", sequence);
        this.uniqueId = created.getEpochSecond() + "." + sequence;
        this.technology = spec.technology();
        this.resource = spec.resource();
        this.created = created;
        this.incoming = spec.state() != ChannelState.DOWN;
        this.language = spec.language() == null || spec.language().isEmpty() ? "en" : spec.language();
        this.accountCode = spec.accountCode() == null ? "" : spec.accountCode();
        this.driver = Objects.requireNonNull(driver, "driver");
        this.lifecycle = lifecycle;
        this.state = spec.state();
        this.callerId = spec.callerId();
        this.location = spec.location();
        variables.putAll(spec.variables());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String uniqueId() {
        return uniqueId;
    }

    @Override
    public String technology() {
        return technology;
    }

    /** What follows the technology in the name: the device is {@code technology/resource}. */
    public String resource() {
        return resource;
    }

    /** The device this channel belongs to, as device state names it: "PJSIP/201". */
    public String device() {
        return technology + "/" + resource;
    }

    /** Whether the far end made this call (it runs the dialplan; Asterisk counts it as a call). */
    public boolean isIncoming() {
        return incoming;
    }

    /** Whether the far end has put the call on hold. */
    public boolean isHeld() {
        return held;
    }

    /** The bridge it is in, "" when none ({@code core show channel}). */
    public String bridgeId() {
        return bridgeId;
    }

    public void bridgeId(String id) {
        bridgeId = id == null ? "" : id;
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public Instant created() {
        return created;
    }

    @Override
    public CallerId callerId() {
        return callerId;
    }

    @Override
    public void callerId(CallerId callerId) {
        this.callerId = Objects.requireNonNull(callerId, "callerId");
    }

    @Override
    public CallerId connectedLine() {
        return connectedLine;
    }

    @Override
    public void connectedLine(CallerId connectedLine) {
        this.connectedLine = Objects.requireNonNull(connectedLine, "connectedLine");
    }

    @Override
    public DialplanLocation location() {
        return location;
    }

    @Override
    public void jump(DialplanLocation target) {
        Objects.requireNonNull(target, "target");
        location = target; // shown at once, as Asterisk's Goto sets context/exten/priority straight away
        pendingJump.set(target);
    }

    @Override
    public Optional<DialplanLocation> takeJump() {
        return Optional.ofNullable(pendingJump.getAndSet(null));
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
        this.application = application == null ? "" : application;
        this.applicationData = data == null ? "" : data;
    }

    @Override
    public Optional<String> variable(String name) {
        synchronized (variables) {
            return Optional.ofNullable(variables.get(name));
        }
    }

    @Override
    public void variable(String name, String value) {
        synchronized (variables) {
            if (value == null) {
                variables.remove(name);
            } else {
                variables.put(name, value);
            }
        }
    }

    @Override
    public Map<String, String> variables() {
        synchronized (variables) {
            return new LinkedHashMap<>(variables);
        }
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String accountCode() {
        return accountCode;
    }

    @Override
    public List<Format> nativeFormats() {
        List<Format> formats = driver.nativeFormats();
        return formats == null ? List.of() : formats;
    }

    @Override
    public Optional<RtpSession> rtp() {
        Optional<RtpSession> rtp = driver.rtp();
        return rtp == null ? Optional.empty() : rtp;
    }

    /** Whether this channel's media may flow between its far end and another's, bypassing us (its driver says). */
    public boolean allowsDirectMedia() {
        return !isHungUp() && driver.allowsDirectMedia();
    }

    /** Points the far end's media at another party's RTP address, or back at us when empty. */
    public void directMedia(Optional<InetSocketAddress> peer) {
        takeMediaBack = false;
        driver.directMedia(peer);
    }

    /**
     * A bridge that sent the far end's media elsewhere is over: the media comes back to us the first time something
     * here needs it (a frame written, a reader set), so a channel hung up right after its bridge costs no re-INVITE.
     */
    public void directMediaLeftOver() {
        takeMediaBack = true;
    }

    private void mediaNeeded() {
        if (takeMediaBack && !isHungUp()) {
            directMedia(Optional.empty());
        }
    }

    // --- acting on the channel ---

    @Override
    public CompletionStage<Void> answer() {
        if (isHungUp()) {
            return CompletableFuture.failedFuture(new IllegalStateException(name + " is hung up"));
        }
        if (state == ChannelState.UP) {
            return CompletableFuture.completedFuture(null);
        }
        return driver.answer().thenRun(() -> {
            if (!isHungUp()) {
                state(ChannelState.UP);
            }
        });
    }

    @Override
    public void call() {
        if (!isHungUp()) {
            driver.call();
        }
    }

    @Override
    public void indicate(Control control) {
        if (!isHungUp()) {
            driver.indicate(control);
        }
    }

    @Override
    public void write(Frame frame) {
        if (!isHungUp()) {
            mediaNeeded();
            driver.write(frame);
        }
    }

    @Override
    public void reader(FrameSink reader) {
        this.reader = reader == null ? FrameSink.DISCARD : reader;
        if (this.reader != FrameSink.DISCARD) {
            mediaNeeded();
        }
    }

    @Override
    public void hangup(HangupCause cause) {
        if (this.cause.compareAndSet(null, Objects.requireNonNull(cause, "cause"))) {
            finish(cause);
        }
    }

    @Override
    public boolean isHungUp() {
        return cause.get() != null;
    }

    @Override
    public HangupCause hangupCause() {
        HangupCause now = cause.get();
        return now == null ? HangupCause.NOT_DEFINED : now;
    }

    @Override
    public CompletionStage<HangupCause> hungUp() {
        return hungUp.minimalCompletionStage();
    }

    // --- for the driver ---

    @Override
    public void queue(Frame frame) {
        if (isHungUp()) {
            return; // nobody listens to a dead channel
        }
        if (frame instanceof ControlFrame control) {
            switch (control.control()) {
                case ANSWER -> state(ChannelState.UP);
                case HOLD -> hold(true);
                case UNHOLD -> hold(false);
                case HANGUP -> {
                    remoteHangup(HangupCause.NORMAL_CLEARING);
                    return;
                }
                default -> { }
            }
        }
        deliver(frame);
    }

    @Override
    public void state(ChannelState newState) {
        Objects.requireNonNull(newState, "state");
        ChannelState old = state;
        state = newState;
        if (old != newState && !isHungUp()) {
            lifecycle.changed(this);
        }
    }

    @Override
    public void remoteHangup(HangupCause cause) {
        if (this.cause.compareAndSet(null, Objects.requireNonNull(cause, "cause"))) {
            deliver(HANGUP); // the reader learns the far end went, before the driver lets go
            finish(cause);
        }
    }

    private void hold(boolean nowHeld) {
        if (held != nowHeld) {
            held = nowHeld;
            lifecycle.changed(this);
        }
    }

    private void finish(HangupCause cause) {
        try {
            lifecycle.ended(this);
        } finally {
            try {
                driver.hangup(cause);
            } catch (RuntimeException e) {
                LOG.warn("{}: the channel driver failed to hang up: {}", name, e.toString());
            }
            hungUp.complete(cause);
        }
    }

    private void deliver(Frame frame) {
        try {
            reader.accept(frame);
        } catch (RuntimeException e) {
            // the reader runs on a driver's (often RTP) thread: one bad frame must not kill that thread
            LOG.warn("{}: reader failed on {}: {}", name, frame, e.toString(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
