package org.asterism.sip.session.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.asterism.media.api.Format;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.sip.session.api.MediaDirection;
import org.asterism.sip.session.api.SessionMedia;

/** One m= line's stream. */
final class SessionMediaImpl implements SessionMedia {

    private volatile Optional<InetSocketAddress> directMedia = Optional.empty();
    private final String type;
    private final int index;
    private final AtomicReference<RtpSession> rtp = new AtomicReference<>();
    private volatile List<Format> formats = List.of();
    private volatile int telephoneEvent = -1;
    private volatile MediaDirection localDirection = MediaDirection.SENDRECV;
    private volatile MediaDirection remoteDirection = MediaDirection.SENDRECV;

    SessionMediaImpl(String type, int index) {
        this.type = type;
        this.index = index;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Optional<RtpSession> rtp() {
        return Optional.ofNullable(rtp.get());
    }

    @Override
    public void rtp(RtpSession session) {
        RtpSession previous = rtp.getAndSet(session);
        if (previous != null && previous != session) {
            previous.close();
        }
    }

    /** Closes the RTP session, if the handler left it open. */
    void close() {
        RtpSession open = rtp.getAndSet(null);
        if (open != null) {
            open.close();
        }
    }

    @Override
    public List<Format> formats() {
        return formats;
    }

    @Override
    public void formats(List<Format> negotiated) {
        formats = List.copyOf(negotiated);
    }

    @Override
    public int telephoneEventPayloadType() {
        return telephoneEvent;
    }

    @Override
    public void telephoneEventPayloadType(int payloadType) {
        telephoneEvent = payloadType;
    }

    @Override
    public MediaDirection localDirection() {
        return localDirection;
    }

    @Override
    public void localDirection(MediaDirection direction) {
        localDirection = direction;
    }

    @Override
    public MediaDirection remoteDirection() {
        return remoteDirection;
    }

    @Override
    public void remoteDirection(MediaDirection direction) {
        remoteDirection = direction;
    }

    @Override
    public String toString() {
        return type + "#" + index + " " + formats;
    }

    @Override
    public Optional<InetSocketAddress> directMediaAddress() {
        return directMedia;
    }

    @Override
    public void directMediaAddress(Optional<InetSocketAddress> address) {
        directMedia = address;
    }
}
