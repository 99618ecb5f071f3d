package org.asterism.pbx.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.media.api.rtp.RtpStatistics;

/** An RTP session that only remembers where it was told to relay. */
public class FakeRtpSession implements RtpSession {

    private volatile Optional<InetSocketAddress> remote = Optional.empty();

    /** Every relayTo call, in order. */
    public final List<Optional<RtpSession>> relays = new CopyOnWriteArrayList<>();

    public Optional<RtpSession> relay() {
        return relays.isEmpty() ? Optional.empty() : relays.get(relays.size() - 1);
    }

    @Override
    public InetSocketAddress localAddress() {
        return new InetSocketAddress("127.0.0.1", 10000);
    }

    @Override
    public void remoteAddress(InetSocketAddress rtp) {
        remote = Optional.of(rtp);
    }

    @Override
    public Optional<InetSocketAddress> remoteAddress() {
        return remote;
    }

    @Override
    public void symmetric(boolean symmetric) {
    }

    @Override
    public void payloadTypes(Map<Integer, Format> payloadTypes) {
    }

    @Override
    public void sendFormat(Format format, int payloadType, int ptimeMillis) {
    }

    @Override
    public void telephoneEvent(int payloadType) {
    }

    @Override
    public void receiver(FrameSink sink) {
    }

    @Override
    public void write(Frame frame) {
    }

    @Override
    public void sending(boolean enabled) {
    }

    @Override
    public void relayTo(Optional<RtpSession> peer) {
        relays.add(peer);
    }

    @Override
    public RtpStatistics statistics() {
        return new RtpStatistics(0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public void close() {
    }
}
