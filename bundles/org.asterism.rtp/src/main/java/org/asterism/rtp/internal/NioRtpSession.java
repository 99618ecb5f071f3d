package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.VoiceFrame;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.media.api.rtp.RtpStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTP stream and its RTCP on a port pair, received on one {@link ReceiveLoop}. The receive path (strict RTP,
 * symmetric learning, statistics, RFC 4733, delivery or relay) runs on that loop's thread only; the send path is the
 * {@link RtpTransmitter}, safe from any thread.
 */
final class NioRtpSession implements RtpSession {

    private static final Logger LOG = LoggerFactory.getLogger(NioRtpSession.class);

    private final ReceiveLoop loop;
    private final PortAllocator.BoundPorts ports;
    private final InetSocketAddress local;
    private final RtpSettings settings;
    private final Consumer<NioRtpSession> onClosed;
    private final PortAllocator allocator;
    private final RtpTransmitter transmitter;
    private final TelephoneEventSender eventSender;
    private final RtcpReporter rtcp;
    private final ReceptionStatistics reception = new ReceptionStatistics();
    private final TelephoneEventReceiver eventReceiver = new TelephoneEventReceiver();
    private final StrictRtpGuard guard;
    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile PayloadTypes payloadTypes = PayloadTypes.NONE;
    private volatile int telephoneEvent = -1;
    private volatile FrameSink receiver = FrameSink.DISCARD;
    private volatile NioRtpSession relayPeer;
    private volatile boolean symmetric;
    private volatile InetSocketAddress rtcpRemote;
    private final AtomicReference<InetSocketAddress> pendingRemote = new AtomicReference<>();

    // receive loop only
    private int lastSequence;
    private LoopTimer rtcpTimer;
    private LoopTimer dtmfTimer;
    private long malformed;
    private long otherPayloadTypes;
    private long relayDrops;
    private boolean sinkFailed;

    NioRtpSession(ReceiveLoop loop, PortAllocator allocator, PortAllocator.BoundPorts ports, RtpSettings settings,
            NtpClock clock, Consumer<NioRtpSession> onClosed) throws IOException {
        this.loop = loop;
        this.allocator = allocator;
        this.ports = ports;
        this.local = (InetSocketAddress) ports.rtp().getLocalAddress();
        this.settings = settings;
        this.onClosed = onClosed;
        this.transmitter = new RtpTransmitter(ports.rtp());
        this.eventSender = new TelephoneEventSender(transmitter, loop);
        this.rtcp = new RtcpReporter(ports.rtcp(), clock);
        this.guard = new StrictRtpGuard(settings.strictRtp(), settings.probation(), settings.learningMinDurationMillis());
    }

    /** Starts receiving (on the loop thread). */
    void start() {
        loop.sessions().incrementAndGet();
        loop.execute(() -> {
            try {
                loop.register(ports.rtp(), this::onRtp);
                loop.register(ports.rtcp(), this::onRtcp);
            } catch (IOException e) {
                LOG.debug("RTP session on {} closed before it started", local);
            }
        });
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public void remoteAddress(InetSocketAddress rtp) {
        Objects.requireNonNull(rtp, "rtp");
        transmitter.remote(rtp);
        rtcpRemote = new InetSocketAddress(rtp.getAddress(), rtp.getPort() + 1);
        // the receive path picks it up before its next packet, or the loop does soon
        pendingRemote.set(rtp);
        loop.execute(this::applyRemote);
    }

    @Override
    public Optional<InetSocketAddress> remoteAddress() {
        return Optional.ofNullable(transmitter.remote());
    }

    @Override
    public void symmetric(boolean symmetric) {
        this.symmetric = symmetric;
    }

    @Override
    public void payloadTypes(Map<Integer, Format> payloadTypes) {
        this.payloadTypes = new PayloadTypes(payloadTypes);
    }

    @Override
    public void sendFormat(Format format, int payloadType, int ptimeMillis) {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type " + payloadType);
        }
        transmitter.configure(Objects.requireNonNull(format, "format"), payloadType, ptimeMillis);
    }

    @Override
    public void telephoneEvent(int payloadType) {
        telephoneEvent = payloadType;
        eventSender.payloadType(payloadType);
    }

    @Override
    public void receiver(FrameSink sink) {
        receiver = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void write(Frame frame) {
        write(frame, System.nanoTime());
    }

    /** {@link #write(Frame)} as if at {@code now} ({@link System#nanoTime()} time). */
    void write(Frame frame, long now) {
        if (closed.get()) {
            return;
        }
        if (frame instanceof VoiceFrame voice) {
            transmitter.writeVoice(voice, now);
        } else if (frame instanceof DtmfFrame dtmf) {
            if (dtmf.end()) {
                eventSender.end(dtmf.digit(), dtmf.durationMillis(), now);
            } else {
                eventSender.begin(dtmf.digit(), now);
            }
        } else if (frame instanceof ControlFrame control) {
            // what Asterisk's channel drivers do with these: mark the next packet, or start a new SSRC
            if (control.control() == ControlFrame.Control.SRCUPDATE) {
                transmitter.markNext();
            } else if (control.control() == ControlFrame.Control.SRCCHANGE) {
                transmitter.newSource();
            }
        }
    }

    @Override
    public void sending(boolean enabled) {
        if (!enabled) {
            eventSender.cancel(System.nanoTime());
        }
        transmitter.sending(enabled);
    }

    @Override
    public void relayTo(Optional<RtpSession> peer) {
        NioRtpSession next = peer.map(this::ours).orElse(null);
        NioRtpSession previous = relayPeer;
        relayPeer = next;
        if (next != null) {
            next.transmitter.rebaseRelay();
        }
        if (previous != null && previous != next) {
            previous.transmitter.rebaseRelay();
        }
    }

    @Override
    public RtpStatistics statistics() {
        return new RtpStatistics(transmitter.packetsSent(), reception.received(), reception.lost(),
                reception.jitterMillis(), rtcp.remoteJitterMillis(), rtcp.remotePacketsLost(), rtcp.roundTripMillis());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        relayPeer = null;
        receiver = FrameSink.DISCARD;
        eventSender.cancel(System.nanoTime());
        if (loop.stopped()) {
            release();
        } else if (loop.inLoop()) {
            // perhaps inside the selector's callback: let go on the loop's next turn
            loop.execute(this::release);
        } else {
            CountDownLatch released = new CountDownLatch(1);
            loop.execute(() -> {
                release();
                released.countDown();
            });
            try {
                if (!released.await(2, TimeUnit.SECONDS)) {
                    LOG.warn("RTP session on {} took too long to close", local);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean closed() {
        return closed.get();
    }

    int port() {
        return ports.port();
    }

    long malformedPackets() {
        return malformed;
    }

    long strictRtpDrops() {
        return guard.drops();
    }

    long rtcpReportsReceived() {
        return rtcp.reportsReceived();
    }

    @Override
    public String toString() {
        return "RTP session " + local;
    }

    /** Called for a packet another session received and relays through this one. */
    private void relayed(ByteBuffer packet, RtpHeader header, Format format, boolean event, long nowNanos) {
        int type = event ? telephoneEvent : payloadTypes.number(format);
        if (type < 0) {
            relayDrops++;
            return;
        }
        int units = event ? 0 : (int) ((long) format.samples(header.payloadLength) * format.rtpClockRate()
                / format.sampleRate());
        transmitter.relay(packet, header, type, units, nowNanos);
    }

    /** A remote address was signalled: strict RTP learns afresh, RFC 4733 state is forgotten, RTCP starts. */
    private void applyRemote() {
        InetSocketAddress remote = pendingRemote.getAndSet(null);
        if (remote == null || closed.get()) {
            return;
        }
        guard.remoteAddress(remote, lastSequence, System.nanoTime());
        eventReceiver.reset();
        if (rtcpTimer == null) {
            rtcpTimer = loop.schedule(intervalNanos(), this::rtcpTick);
        }
    }

    private void onRtp(ByteBuffer packet, InetSocketAddress source, long nowNanos, ReceiveLoop via) {
        if (pendingRemote.get() != null) {
            applyRemote();
        }
        RtpHeader header = via.header();
        if (!header.parse(packet)) {
            malformed++;
            return;
        }
        if (!guard.accept(source, header.sequence, nowNanos)) {
            return;
        }
        lastSequence = header.sequence;
        if (symmetric && !source.equals(transmitter.remote())) {
            // rtp_symmetric: answer where the media comes from (RTCP to the port above until RTCP says otherwise)
            transmitter.remote(source);
            rtcpRemote = new InetSocketAddress(source.getAddress(), source.getPort() + 1);
            LOG.debug("RTP NAT: Got audio from other end. Now sending to address {}", source);
        }
        boolean event = header.payloadType == telephoneEvent;
        Format format = payloadTypes.format(header.payloadType);
        if (format == null && !event) {
            otherPayloadTypes++;
            return;
        }
        int clockRate = event ? transmitter.clockRate() : format.rtpClockRate();
        reception.update(header.ssrc, header.sequence, header.timestamp, nowNanos, clockRate, !event);

        NioRtpSession peer = relayPeer;
        if (peer != null) {
            peer.relayed(packet, header, format, event, nowNanos);
            return;
        }
        FrameSink sink = receiver;
        if (event) {
            if (!eventReceiver.receive(packet, header.payloadOffset, header.payloadLength, header.sequence,
                    header.timestamp, clockRate, settings.dtmfTimeoutSamples(), nowNanos, guarded(sink))) {
                malformed++;
            } else if (eventReceiver.inDigit() && dtmfTimer == null) {
                dtmfTimer = loop.schedule(settings.dtmfTimeoutNanos(), this::dtmfTick);
            }
            return;
        }
        if (eventReceiver.awaitingTimeout()) {
            eventReceiver.onMediaTimestamp(header.timestamp, clockRate, guarded(sink));
        }
        if (header.payloadLength == 0) {
            return;
        }
        byte[] payload = new byte[header.payloadLength];
        packet.get(header.payloadOffset, payload);
        deliver(sink, VoiceFrame.of(format, payload));
    }

    private void onRtcp(ByteBuffer packet, InetSocketAddress source, long nowNanos, ReceiveLoop via) {
        InetSocketAddress rtpSource = guard.source();
        if (guard.locked() && rtpSource != null && !rtpSource.getAddress().equals(source.getAddress())) {
            return;
        }
        if (symmetric && !source.equals(rtcpRemote)) {
            rtcpRemote = source;
        }
        if (!rtcp.receive(packet, transmitter.ssrc(), transmitter.clockRate(), nowNanos)) {
            malformed++;
        }
    }

    private void rtcpTick() {
        if (closed.get()) {
            return;
        }
        InetSocketAddress to = rtcpRemote;
        if (to != null) {
            rtcp.sendReport(to, transmitter, reception, System.nanoTime());
        }
        rtcpTimer = loop.schedule(intervalNanos(), this::rtcpTick);
    }

    private void dtmfTick() {
        dtmfTimer = null;
        if (closed.get() || !eventReceiver.inDigit()) {
            return;
        }
        long now = System.nanoTime();
        long quiet = now - eventReceiver.lastEventNanos();
        if (quiet >= settings.dtmfTimeoutNanos()) {
            eventReceiver.onClock(now, settings.dtmfTimeoutNanos(), transmitter.clockRate(), guarded(receiver));
        } else {
            dtmfTimer = loop.schedule(settings.dtmfTimeoutNanos() - quiet, this::dtmfTick);
        }
    }

    private long intervalNanos() {
        return TimeUnit.MILLISECONDS.toNanos(settings.rtcpIntervalMillis());
    }

    /** Closes the sockets, lets the selector drop them so the ports are really free, and gives the ports back. */
    private void release() {
        if (rtcpTimer != null) {
            rtcpTimer.cancel();
        }
        if (dtmfTimer != null) {
            dtmfTimer.cancel();
        }
        closeQuietly(ports.rtp());
        closeQuietly(ports.rtcp());
        if (!loop.stopped()) {
            loop.flushClosed();
        }
        allocator.release(ports.port());
        loop.sessions().decrementAndGet();
        onClosed.accept(this);
    }

    private FrameSink guarded(FrameSink sink) {
        return frame -> deliver(sink, frame);
    }

    private void deliver(FrameSink sink, Frame frame) {
        try {
            sink.accept(frame);
        } catch (RuntimeException e) {
            if (!sinkFailed) {
                sinkFailed = true;
                LOG.warn("Receiver of {} failed on a frame (further failures logged at debug)", this, e);
            } else {
                LOG.debug("Receiver of {} failed", this, e);
            }
        }
    }

    private NioRtpSession ours(RtpSession session) {
        if (!(session instanceof NioRtpSession peer)) {
            throw new IllegalArgumentException("not a session of res_rtp_asterisk: " + session);
        }
        if (peer == this) {
            throw new IllegalArgumentException("a session cannot relay to itself");
        }
        return peer;
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing RTP socket", e);
        }
    }
}
