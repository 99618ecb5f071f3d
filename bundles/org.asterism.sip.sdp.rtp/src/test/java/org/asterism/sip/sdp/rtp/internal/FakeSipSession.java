package org.asterism.sip.sdp.rtp.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javax.sip.message.Request;

import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionListener;
import org.asterism.sip.session.api.SessionMedia;
import org.asterism.sip.session.api.SessionState;
import org.asterism.sip.session.api.SipSession;

/** A session as an SDP handler sees it: its endpoint, direction, media address and attributes; no signalling. */
final class FakeSipSession implements SipSession {

    private final Endpoint endpoint;
    private final boolean inbound;
    private final InetAddress mediaAddress;
    private final Map<String, Object> attributes = new HashMap<>();

    FakeSipSession(Endpoint endpoint, boolean inbound, InetAddress mediaAddress) {
        this.endpoint = endpoint;
        this.inbound = inbound;
        this.mediaAddress = mediaAddress;
    }

    @Override
    public String id() {
        return "call-1@192.0.2.10";
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public boolean isInbound() {
        return inbound;
    }

    @Override
    public InetAddress mediaAddress() {
        return mediaAddress;
    }

    @Override
    public void attribute(String key, Object value) {
        attributes.put(key, value);
    }

    @Override
    public Optional<Object> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    @Override
    public SessionState state() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SipDialog> dialog() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Request invite() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String exten() {
        throw new UnsupportedOperationException();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        throw new UnsupportedOperationException();
    }

    @Override
    public PartyIdentity remoteIdentity() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remoteIdentity(PartyIdentity identity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SessionMedia> media() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void listener(SessionListener listener) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void ringing() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void progress() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Void> answer() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void call() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void end(int sipStatus, int q850Cause) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Boolean> reoffer(String method) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void digitReceived(char digit, int durationMillis) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendInfoDigit(char digit, int durationMillis) {
        throw new UnsupportedOperationException();
    }
}
