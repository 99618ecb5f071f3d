package org.asterism.sip.sdp.rtp.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.asterism.media.api.Format;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.sip.session.api.MediaDirection;
import org.asterism.sip.session.api.SessionMedia;

/** A stream as the session module keeps it, with nothing behind it. */
final class FakeSessionMedia implements SessionMedia {

    private volatile Optional<InetSocketAddress> directMedia = Optional.empty();
    private final int index;
    private RtpSession rtp;
    private List<Format> formats = List.of();
    private int telephoneEvent = -1;
    private MediaDirection local = MediaDirection.SENDRECV;
    private MediaDirection remote = MediaDirection.SENDRECV;

    FakeSessionMedia(int index) {
        this.index = index;
    }

    @Override
    public String type() {
        return "audio";
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public Optional<RtpSession> rtp() {
        return Optional.ofNullable(rtp);
    }

    @Override
    public void rtp(RtpSession session) {
        rtp = session;
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
        return local;
    }

    @Override
    public void localDirection(MediaDirection direction) {
        local = direction;
    }

    @Override
    public MediaDirection remoteDirection() {
        return remote;
    }

    @Override
    public void remoteDirection(MediaDirection direction) {
        remote = direction;
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
