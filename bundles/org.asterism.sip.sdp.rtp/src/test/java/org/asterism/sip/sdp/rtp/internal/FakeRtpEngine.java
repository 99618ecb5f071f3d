package org.asterism.sip.sdp.rtp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.rtp.RtpEngine;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.media.api.rtp.RtpStatistics;

/** An RTP engine that opens nothing, handing out sessions that record what they are told. */
final class FakeRtpEngine implements RtpEngine {

    final List<Recording> opened = new ArrayList<>();
    final List<InetAddress> bindAddresses = new ArrayList<>();
    boolean full;
    private int nextPort = 10000;

    @Override
    public RtpSession open(InetAddress bindAddress) throws IOException {
        if (full) {
            throw new IOException("No RTP ports remaining");
        }
        bindAddresses.add(bindAddress);
        Recording session = new Recording(new InetSocketAddress(bindAddress, nextPort));
        nextPort += 2;
        opened.add(session);
        return session;
    }

    Recording last() {
        return opened.get(opened.size() - 1);
    }

    /** An RTP session that only records what it is set to. */
    static final class Recording implements RtpSession {

        final InetSocketAddress local;
        InetSocketAddress remote;
        Boolean symmetric;
        Map<Integer, Format> payloadTypes;
        Format sendFormat;
        int sendPayloadType = -1;
        int ptime;
        int telephoneEvent = -2;
        boolean sending = true;
        int closed;

        Recording(InetSocketAddress local) {
            this.local = local;
        }

        @Override
        public InetSocketAddress localAddress() {
            return local;
        }

        @Override
        public void remoteAddress(InetSocketAddress rtp) {
            remote = rtp;
        }

        @Override
        public Optional<InetSocketAddress> remoteAddress() {
            return Optional.ofNullable(remote);
        }

        @Override
        public void symmetric(boolean on) {
            symmetric = on;
        }

        @Override
        public void payloadTypes(Map<Integer, Format> types) {
            payloadTypes = Map.copyOf(types);
        }

        @Override
        public void sendFormat(Format format, int payloadType, int ptimeMillis) {
            sendFormat = format;
            sendPayloadType = payloadType;
            ptime = ptimeMillis;
        }

        @Override
        public void telephoneEvent(int payloadType) {
            telephoneEvent = payloadType;
        }

        @Override
        public void receiver(FrameSink sink) {
        }

        @Override
        public void write(Frame frame) {
        }

        @Override
        public void sending(boolean enabled) {
            sending = enabled;
        }

        @Override
        public void relayTo(Optional<RtpSession> peer) {
        }

        @Override
        public RtpStatistics statistics() {
            return new RtpStatistics(0, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public void close() {
            closed++;
        }
    }
}
