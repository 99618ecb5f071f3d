package org.asterism.sip.session.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sdp.SdpException;
import javax.sdp.SessionDescription;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.dialog.DialogHandler;
import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionListener;
import org.asterism.sip.session.api.SessionMedia;
import org.asterism.sip.session.api.SessionState;
import org.asterism.sip.session.api.SessionSupplement;
import org.asterism.sip.session.api.SipSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What inbound and outbound sessions share: state, media, attributes, the listener, in-dialog requests, and the end.
 * {@link InboundSession} and {@link OutboundSession} add how each starts.
 */
abstract class SipSessionImpl implements SipSession, DialogHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SipSessionImpl.class);
    private static final SessionListener NO_LISTENER = new SessionListener() { };
    static final String SDP = "sdp";

    protected final SessionServices services;
    protected final Endpoint endpoint;
    protected final SdpNegotiator sdp;
    private final InetSocketAddress remoteAddress;
    private final InetAddress mediaAddress;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    protected final CompletableFuture<Void> confirmed = new CompletableFuture<>();
    private volatile SessionState state;
    private volatile SessionListener listener = NO_LISTENER;
    private volatile PartyIdentity remoteIdentity;
    protected volatile SipDialog dialog;
    protected final SessionTimer timer;

    SipSessionImpl(SessionServices services, Endpoint endpoint, SessionState initial, InetSocketAddress remoteAddress,
            InetAddress mediaAddress, PartyIdentity identity) {
        this.services = services;
        this.endpoint = endpoint;
        this.state = initial;
        this.remoteAddress = remoteAddress;
        this.mediaAddress = mediaAddress;
        this.remoteIdentity = identity;
        this.sdp = new SdpNegotiator(services.extensions(), this);
        this.timer = new SessionTimer(services.executor(), new SessionTimer.Session() {
            @Override
            public void refresh() {
                refreshSession();
            }

            @Override
            public void expired() {
                sessionExpired();
            }
        });
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public SessionState state() {
        return state;
    }

    void state(SessionState next) {
        state = next;
    }

    @Override
    public Optional<SipDialog> dialog() {
        return Optional.ofNullable(dialog);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public InetAddress mediaAddress() {
        return mediaAddress;
    }

    @Override
    public PartyIdentity remoteIdentity() {
        return remoteIdentity;
    }

    @Override
    public void remoteIdentity(PartyIdentity identity) {
        remoteIdentity = identity;
    }

    @Override
    public List<SessionMedia> media() {
        return List.copyOf(sdp.streams());
    }

    @Override
    public void attribute(String key, Object value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    @Override
    public Optional<Object> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    @Override
    public void listener(SessionListener newListener) {
        listener = newListener == null ? NO_LISTENER : newListener;
    }

    boolean hasListener() {
        return listener != NO_LISTENER;
    }

    SessionListener listener() {
        return listener;
    }

    boolean isEnded() {
        return ended.get();
    }

    @Override
    public void digitReceived(char digit, int durationMillis) {
        listener.dtmf(this, digit, durationMillis);
    }

    // --- in the dialog ---

    @Override
    public void request(SipDialog inDialog, SipRequestContext request) {
        String method = request.method();
        if (!Request.ACK.equals(method) && !Request.BYE.equals(method) && offerToSupplements(request)) {
            return;
        }
        switch (method) {
            case Request.ACK -> acknowledged(request.request());
            case Request.BYE -> {
                request.respond(Response.OK);
                ended(Response.OK, ReasonHeaders.q850Cause(request.request()), true);
            }
            case Request.INVITE, Request.UPDATE -> renegotiate(request);
            case Request.INFO -> request.respond(request.request().getRawContent() == null ? Response.OK : Response.UNSUPPORTED_MEDIA_TYPE);
            case Request.PRACK -> request.respond(Response.OK);
            default -> request.respond(Response.METHOD_NOT_ALLOWED);
        }
    }

    /** The supplements see an incoming request of the session in priority order; true when one answered it. */
    protected boolean offerToSupplements(SipRequestContext request) {
        for (SessionSupplement supplement : services.extensions().supplements(request.method())) {
            try {
                if (supplement.incomingRequest(this, request)) {
                    return true;
                }
            } catch (RuntimeException e) {
                LOG.warn("Session {}: a supplement failed on {}: {}", id(), request.method(), e.toString(), e);
            }
        }
        return false;
    }

    protected void supplementOutgoing(Message message) {
        String method = message instanceof Request request ? request.getMethod() : cseqMethod(message);
        for (SessionSupplement supplement : services.extensions().supplements(method)) {
            try {
                if (message instanceof Request request) {
                    supplement.outgoingRequest(this, request);
                } else {
                    supplement.outgoingResponse(this, (Response) message);
                }
            } catch (RuntimeException e) {
                LOG.warn("Session {}: a supplement failed on an outgoing {}: {}", id(), method, e.toString(), e);
            }
        }
    }

    protected void supplementIncoming(Response response) {
        for (SessionSupplement supplement : services.extensions().supplements(cseqMethod(response))) {
            try {
                supplement.incomingResponse(this, response);
            } catch (RuntimeException e) {
                LOG.warn("Session {}: a supplement failed on a {} response: {}", id(), response.getStatusCode(), e.toString(), e);
            }
        }
    }

    private static String cseqMethod(Message message) {
        return message.getHeader(javax.sip.header.CSeqHeader.NAME) instanceof javax.sip.header.CSeqHeader cseq ? cseq.getMethod() : "";
    }

    /** An ACK for our 2xx: the call is up (with the answer to an offer we made in the 2xx). */
    protected abstract void acknowledged(Request ack);

    /** A re-INVITE or UPDATE: answer its offer (hold, resume, new address) or, with no offer, offer ours. */
    private void renegotiate(SipRequestContext request) {
        Optional<SessionDescription> offer;
        try {
            offer = sdpOf(request.request());
        } catch (MalformedSdpException e) {
            request.respond(Response.BAD_REQUEST, "Bad Request (malformed SDP)");
            return;
        }
        try {
            Response response = request.createResponse(Response.OK);
            localTagOn(response);
            if (offer.isPresent()) {
                Optional<SessionDescription> answer = sdp.answer(offer.get());
                if (answer.isEmpty()) {
                    request.respond(Response.NOT_ACCEPTABLE_HERE);
                    return;
                }
                attachSdp(response, answer.get());
            } else if (Request.INVITE.equals(request.method())) {
                Optional<SessionDescription> ours = sdp.offer();
                if (ours.isPresent()) {
                    attachSdp(response, ours.get());
                    lateOfferPending();
                }
            }
            addContact(response);
            refreshedByPeer(request.request(), response);
            supplementOutgoing(response);
            request.send(response);
            if (offer.isPresent()) {
                mediaChanged();
            }
        } catch (SdpException | ParseException | RuntimeException e) {
            LOG.warn("Session {}: {} not negotiated: {}", id(), request.method(), e.toString());
            if (!request.isAnswered()) {
                request.respond(Response.NOT_ACCEPTABLE_HERE);
            }
        }
    }

    /**
     * A re-INVITE or UPDATE from the peer refreshes the session (RFC 4028 §9): the 2xx repeats the interval and the
     * timer starts over.
     */
    private void refreshedByPeer(Request request, Response response) {
        SessionTimerTerms terms = timer.terms();
        if (terms.interval() <= 0) {
            return;
        }
        SessionTimerTerms renewed = SessionTimerTerms.forIncoming(endpoint, request);
        SessionTimerTerms applied = renewed.refusal() == 0 && renewed.interval() > 0 ? renewed : terms;
        addTimerHeaders(response, applied, true);
        timer.start(applied);
    }

    /** Session-Expires (and Require: timer when the peer supports timers) on a message of ours. */
    protected void addTimerHeaders(Message message, SessionTimerTerms terms, boolean weAreUas) {
        if (terms.interval() <= 0) {
            return;
        }
        try {
            message.setHeader(headers().createHeader(SessionTimerTerms.SESSION_EXPIRES, terms.expiresValue(weAreUas)));
            if (terms.peerSupports() && message instanceof Response) {
                message.addHeader(headers().createRequireHeader(SessionTimerTerms.TIMER));
            }
        } catch (ParseException e) {
            LOG.debug("Session {}: no Session-Expires: {}", id(), e.toString());
        }
    }

    /** Our turn to refresh: a re-INVITE with our SDP; if it fails the session is over (RFC 4028 §10). */
    private void refreshSession() {
        if (isEnded()) {
            return;
        }
        reinvite().whenComplete((refreshed, failure) -> {
            if (isEnded()) {
                return;
            }
            if (Boolean.TRUE.equals(refreshed)) {
                timer.start(timer.terms());
            } else {
                LOG.warn("Session {}: the session refresh failed: ending the call", id());
                sendBye(102);
                ended(Response.REQUEST_TIMEOUT, 102, true);
            }
        });
    }

    /** The peer did not refresh in time (RFC 4028 §10): BYE, and the call is over. */
    private void sessionExpired() {
        if (isEnded()) {
            return;
        }
        LOG.warn("Session {}: the session timer expired without a refresh: ending the call", id());
        sendBye(102);
        ended(Response.REQUEST_TIMEOUT, 102, true);
    }

    /** The media of the session changed after a negotiation: tell the listener of each stream. */
    protected void mediaChanged() {
        for (SessionMedia stream : sdp.streams()) {
            listener.mediaChanged(this, stream);
        }
    }

    /** We offered in a 2xx (the request had no SDP): the answer comes in the ACK. */
    protected abstract void lateOfferPending();

    /** Inbound sessions tag every response with the one tag of the dialog. */
    protected void localTagOn(Response response) {
    }

    /** A dialog-establishing 18x or 2xx carries our Contact. */
    protected abstract void addContact(Response response);

    /** Completes once the call is up: at once but for an inbound session whose 2xx waits for its ACK. */
    protected CompletionStage<Void> whenConfirmed() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Boolean> reoffer(String method) {
        if (state == SessionState.CONNECTING) {
            return whenConfirmed().thenCompose(confirmed -> reoffer(method));
        }
        SipDialog current = dialog;
        if (current == null || state != SessionState.CONFIRMED) {
            return CompletableFuture.completedFuture(false);
        }
        boolean invite = Request.INVITE.equals(method);
        try {
            Request reoffer = current.createRequest(invite ? Request.INVITE : Request.UPDATE);
            addTimerHeaders(reoffer, timer.terms(), false); // we are its UAC: "refresher=uac" when we refresh
            Optional<SessionDescription> offer = sdp.offer();
            if (offer.isPresent()) {
                attachSdp(reoffer, offer.get());
            }
            supplementOutgoing(reoffer);
            return current.send(reoffer).thenApply(response -> {
                if (response.getStatusCode() / 100 != 2) {
                    return false;
                }
                try {
                    if (invite) {
                        current.ack(response);
                    }
                    Optional<SessionDescription> answer = sdpOf(response);
                    boolean applied = answer.isPresent() && sdp.applyAnswer(answer.get());
                    mediaChanged();
                    return applied;
                } catch (SipException | SdpException e) {
                    LOG.warn("Session {}: the answer to our {} not applied: {}", id(), method, e.toString());
                    return false;
                }
            }).exceptionally(failure -> false);
        } catch (SipException | SdpException | ParseException e) {
            LOG.warn("Session {}: {} not sent: {}", id(), invite ? "re-INVITE" : method, e.toString());
            return CompletableFuture.completedFuture(false);
        }
    }

    @Override
    public void sendInfoDigit(char digit, int durationMillis) {
        SipDialog current = dialog;
        if (current == null || state != SessionState.CONFIRMED) {
            return;
        }
        try {
            Request info = current.createRequest(Request.INFO);
            ContentTypeHeader type = headers().createContentTypeHeader("application", "dtmf-relay");
            info.setContent("Signal=" + digit + "\r\nDuration=" + durationMillis + "\r\n", type);
            supplementOutgoing(info);
            current.send(info);
        } catch (SipException | ParseException e) {
            LOG.warn("Session {}: INFO for '{}' not sent: {}", id(), digit, e.toString());
        }
    }

    /** Sends a BYE with the Reason, if there is a dialog to send it in. */
    protected void sendBye(int q850Cause) {
        SipDialog current = dialog;
        if (current == null) {
            return;
        }
        try {
            Request bye = current.createRequest(Request.BYE);
            ReasonHeaders.q850(headers(), q850Cause).ifPresent(bye::addHeader);
            supplementOutgoing(bye);
            current.send(bye).whenComplete((response, failure) -> current.terminate());
        } catch (SipException e) {
            LOG.debug("Session {}: BYE not sent: {}", id(), e.toString());
            current.terminate();
        }
    }

    @Override
    public void ackTimedOut(SipDialog inDialog) {
        LOG.warn("Session {}: no ACK for our 200 OK: ending the call", id());
        sendBye(102); // Q.850 "Recovery on timer expiry"
        ended(Response.REQUEST_TIMEOUT, 0, true);
    }

    @Override
    public void terminated(SipDialog inDialog) {
        ended(Response.REQUEST_TIMEOUT, 0, true);
    }

    /**
     * The session is over: media released, the module forgets it, supplements and (when the far end or a failure ended
     * it, not our own {@link #end}) the listener told. Once.
     */
    protected void ended(int sipStatus, int q850Cause, boolean tellListener) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        state = SessionState.DISCONNECTED;
        timer.stop();
        sdp.stop();
        services.directory().remove(this);
        confirmed.completeExceptionally(new IllegalStateException("the session ended (" + sipStatus + ")"));
        for (SessionSupplement supplement : services.extensions().supplements(Request.INVITE)) {
            try {
                supplement.ended(this);
            } catch (RuntimeException e) {
                LOG.debug("Session {}: a supplement failed at the end: {}", id(), e.toString());
            }
        }
        if (tellListener) {
            listener.ended(this, sipStatus, q850Cause);
        }
    }

    // --- SDP in messages ---

    static Optional<SessionDescription> sdpOf(Message message) {
        byte[] body = message.getRawContent();
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        if (message.getHeader(ContentTypeHeader.NAME) instanceof ContentTypeHeader type
                && !(SDP.equalsIgnoreCase(type.getContentSubType()) && "application".equalsIgnoreCase(type.getContentType()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(SdpNegotiator.parse(new String(body, StandardCharsets.UTF_8)));
        } catch (SdpException e) {
            throw new MalformedSdpException(e.getMessage());
        }
    }

    protected void attachSdp(Message message, SessionDescription description) throws ParseException {
        message.setContent(description.toString(), headers().createContentTypeHeader("application", SDP));
    }

    protected HeaderFactory headers() {
        return services.client().headerFactory();
    }

    protected static void addAll(Message message, Header... extra) {
        for (Header header : extra) {
            message.addHeader(header);
        }
    }

    /** An SDP body that does not parse: 400 for an offer. */
    static final class MalformedSdpException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedSdpException(String message) {
            super(message);
        }
    }
}
