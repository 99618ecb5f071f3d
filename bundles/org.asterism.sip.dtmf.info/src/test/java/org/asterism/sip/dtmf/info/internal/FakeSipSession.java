package org.asterism.sip.dtmf.info.internal;

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

/** A session as DTMF INFO handling sees it: it records the digits it is given. */
final class FakeSipSession implements SipSession {

    /** Each digit received, as "digit/duration". */
    final List<String> digits = new ArrayList<>();

    @Override
    public void digitReceived(char digit, int durationMillis) {
        digits.add(digit + "/" + durationMillis);
    }

    @Override
    public String id() {
        return "dtmf-info-test";
    }

    @Override
    public PartyIdentity remoteIdentity() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remoteIdentity(PartyIdentity set) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Endpoint endpoint() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isInbound() {
        throw new UnsupportedOperationException();
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
    public void sendInfoDigit(char digit, int durationMillis) {
        throw new UnsupportedOperationException();
    }
}
