package org.asterism.sip.caller.id.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
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

/** A session as caller ID handling sees it: its endpoint, direction and remote identity, which it records. */
final class FakeSipSession implements SipSession {

    final List<PartyIdentity> identitiesSet = new ArrayList<>();
    private final Endpoint endpoint;
    private final boolean inbound;
    private PartyIdentity identity;

    FakeSipSession(Endpoint endpoint, boolean inbound, PartyIdentity identity) {
        this.endpoint = endpoint;
        this.inbound = inbound;
        this.identity = identity;
    }

    @Override
    public PartyIdentity remoteIdentity() {
        return identity;
    }

    @Override
    public void remoteIdentity(PartyIdentity set) {
        identity = set;
        identitiesSet.add(set);
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
    public String id() {
        return "caller-id-test";
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
    public InetAddress mediaAddress() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SessionMedia> media() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void attribute(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Object> attribute(String key) {
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
