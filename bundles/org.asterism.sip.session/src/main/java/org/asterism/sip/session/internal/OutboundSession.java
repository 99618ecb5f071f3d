package org.asterism.sip.session.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javax.sdp.SdpException;
import javax.sdp.SessionDescription;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.dialog.DialogLayer.OutgoingDialog;
import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A session we start: an INVITE to one contact of an endpoint. */
final class OutboundSession extends SipSessionImpl {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundSession.class);

    private final URI target;
    private final String unsentId = "outbound-" + Integer.toHexString(System.identityHashCode(this));
    private volatile Request invite;
    private volatile boolean finalReceived;
    private volatile boolean lateOffer;
    private volatile boolean intervalRaised;

    OutboundSession(SessionServices services, Endpoint endpoint, URI target, InetSocketAddress remote, InetAddress media,
            PartyIdentity caller) {
        super(services, endpoint, SessionState.NULL, remote, media, caller);
        this.target = target;
    }

    @Override
    public String id() {
        Request sent = invite;
        return sent == null ? unsentId : ((CallIdHeader) sent.getHeader(CallIdHeader.NAME)).getCallId();
    }

    @Override
    public boolean isInbound() {
        return false;
    }

    @Override
    public Request invite() {
        return invite;
    }

    @Override
    public String exten() {
        return target instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : "s";
    }

    @Override
    public void ringing() {
        throw new IllegalStateException("an outbound session is not answered by us");
    }

    @Override
    public void progress() {
        throw new IllegalStateException("an outbound session is not answered by us");
    }

    @Override
    public CompletionStage<Void> answer() {
        return confirmed;
    }

    @Override
    public void call() {
        services.directory().add(this);
        services.executor().execute(this::send);
    }

    private void send() {
        if (isEnded()) {
            return;
        }
        try {
            Request request = services.client().newRequest(Request.INVITE, target, endpoint.transport());
            presentCaller(request);
            Optional<SessionDescription> offer = sdp.offer();
            if (offer.isEmpty()) {
                LOG.warn("Session to {}: no SDP handler for audio is loaded (res_pjsip_sdp_rtp): the call fails", target);
                ended(Response.NOT_ACCEPTABLE_HERE, 58, true); // Q.850 "Bearer capability not available"
                return;
            }
            attachSdp(request, offer.get());
            offerTimer(request, Math.max(endpoint.timersSessExpires(), endpoint.timersMinSe()));
            offerReliability(request);
            supplementOutgoing(request);
            start(request);
        } catch (RequestFailedException e) {
            LOG.warn("Session to {}: INVITE not sent: {}", target, e.getMessage());
            ended(Response.SERVICE_UNAVAILABLE, 0, true);
        } catch (SdpException | ParseException | RuntimeException e) {
            LOG.warn("Session to {}: INVITE not built: {}", target, e.toString());
            ended(Response.SERVER_INTERNAL_ERROR, 0, true);
        }
    }

    private void start(Request request) throws RequestFailedException {
        invite = request;
        state(SessionState.CALLING);
        OutgoingDialog started = services.dialogs().start(request, endpoint.outboundAuth(), this);
        dialog = started.dialog();
        started.response().whenComplete(this::finalResponse);
    }

    /** Supported: timer, Session-Expires and Min-SE, unless {@code timers=no}. */
    private void offerTimer(Request request, int interval) throws ParseException {
        if ("no".equals(endpoint.timers())) {
            return;
        }
        request.addHeader(headers().createSupportedHeader(SessionTimerTerms.TIMER));
        request.setHeader(headers().createHeader(SessionTimerTerms.SESSION_EXPIRES, Integer.toString(interval)));
        request.setHeader(headers().createHeader(SessionTimerTerms.MIN_SE, Integer.toString(Math.max(90, endpoint.timersMinSe()))));
    }

    /** Supported: 100rel, or Require: 100rel under {@code 100rel=required}; nothing under "no". */
    private void offerReliability(Request request) throws ParseException {
        switch (endpoint.oneHundredRel()) {
            case "no" -> { }
            case "required" -> request.addHeader(headers().createRequireHeader(OptionTags.RELIABLE));
            default -> request.addHeader(headers().createSupportedHeader(OptionTags.RELIABLE));
        }
    }

    /** A reliable 18x (Require: 100rel) gets its PRACK. */
    private void acknowledgeReliably(SipDialog inDialog, Response provisional) {
        if (!OptionTags.requires(provisional, OptionTags.RELIABLE) || "no".equals(endpoint.oneHundredRel())) {
            return;
        }
        try {
            Request prack = inDialog.createPrack(provisional);
            inDialog.send(prack);
        } catch (SipException e) {
            LOG.warn("Session {}: PRACK for the {} not sent: {}", id(), provisional.getStatusCode(), e.getMessage());
        }
    }

    /** A 422: the INVITE again, once, asking for the Min-SE the peer gave (RFC 4028 §7.4). */
    private boolean retryWithLongerInterval(Response tooSmall) {
        javax.sip.header.Header minSe = tooSmall.getHeader(SessionTimerTerms.MIN_SE);
        if (intervalRaised || minSe == null) {
            return false;
        }
        intervalRaised = true;
        String text = minSe.toString();
        int seconds;
        try {
            seconds = Integer.parseInt(text.substring(text.indexOf(':') + 1).replaceAll("[^0-9].*$", "").trim());
        } catch (NumberFormatException e) {
            return false;
        }
        try {
            Request retry = (Request) invite.clone();
            javax.sip.header.CSeqHeader cseq = (javax.sip.header.CSeqHeader) retry.getHeader(javax.sip.header.CSeqHeader.NAME);
            cseq.setSeqNumber(cseq.getSeqNumber() + 1);
            ((javax.sip.header.ViaHeader) retry.getHeader(javax.sip.header.ViaHeader.NAME)).removeParameter("branch");
            retry.setHeader(headers().createHeader(SessionTimerTerms.SESSION_EXPIRES, Integer.toString(seconds)));
            retry.setHeader(headers().createHeader(SessionTimerTerms.MIN_SE, Integer.toString(seconds)));
            start(retry);
            return true;
        } catch (ParseException | javax.sip.InvalidArgumentException | RequestFailedException e) {
            LOG.warn("Session {}: INVITE not sent again after 422: {}", id(), e.toString());
            return false;
        }
    }

    /** From: who we present (the endpoint's from_user and from_domain win, as in Asterisk). */
    private void presentCaller(Request request) throws ParseException {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        SipURI uri = (SipURI) from.getAddress().getURI();
        PartyIdentity caller = remoteIdentity();
        String user = endpoint.fromUser().orElse(caller.number().isEmpty() ? null : caller.number());
        if (user != null) {
            uri.setUser(user);
        }
        if (endpoint.fromDomain().isPresent()) {
            uri.setHost(endpoint.fromDomain().get());
        }
        Address address = from.getAddress();
        if (!caller.name().isEmpty()) {
            address.setDisplayName(caller.name());
        }
    }

    @Override
    public void provisional(SipDialog inDialog, javax.sip.message.Response response) {
        if (response.getStatusCode() == Response.TRYING || isEnded()) {
            return;
        }
        supplementIncoming(response);
        acknowledgeReliably(inDialog, response);
        boolean media = false;
        try {
            Optional<SessionDescription> early = sdpOf(response);
            media = early.isPresent() && sdp.applyAnswer(early.get());
        } catch (MalformedSdpException | SdpException e) {
            LOG.debug("Session {}: SDP of the {} ignored: {}", id(), response.getStatusCode(), e.getMessage());
        }
        state(SessionState.EARLY);
        listener().progress(this, response.getStatusCode(), media);
    }

    private void finalResponse(Response response, Throwable failure) {
        finalReceived = true;
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            boolean timeout = cause instanceof RequestFailedException failed && failed.failure() == RequestFailedException.Failure.TIMEOUT;
            ended(timeout ? Response.REQUEST_TIMEOUT : Response.SERVICE_UNAVAILABLE, 0, true);
            return;
        }
        int status = response.getStatusCode();
        if (status == 422 && !isEnded() && retryWithLongerInterval(response)) {
            finalReceived = false;
            return;
        }
        if (status / 100 != 2) {
            supplementIncoming(response);
            ended(status, ReasonHeaders.q850Cause(response), true);
            return;
        }
        try {
            dialog.ack(response);
        } catch (SipException e) {
            LOG.warn("Session {}: ACK not sent: {}", id(), e.toString());
        }
        if (isEnded()) {
            sendBye(16); // answered as we hung up: the 200 and our CANCEL crossed
            return;
        }
        supplementIncoming(response);
        try {
            Optional<SessionDescription> answer = sdpOf(response);
            if (answer.isPresent() && !sdp.applyAnswer(answer.get())) {
                LOG.warn("Session {}: the answer shares no usable media with our offer: ending the call", id());
                sendBye(88);
                ended(Response.NOT_ACCEPTABLE_HERE, 88, true);
                return;
            }
        } catch (MalformedSdpException | SdpException e) {
            LOG.warn("Session {}: the SDP of the 200 is not valid: {}", id(), e.getMessage());
        }
        state(SessionState.CONFIRMED);
        timer.start(SessionTimerTerms.forAnswer(endpoint, response));
        confirmed.complete(null);
        listener().answered(this);
    }

    @Override
    public void end(int sipStatus, int q850Cause) {
        SessionState now = state();
        if (isEnded()) {
            return;
        }
        if (now == SessionState.CONFIRMED || now == SessionState.CONNECTING) {
            sendBye(q850Cause);
        } else if (!finalReceived && dialog != null) {
            try {
                dialog.cancel(ReasonHeaders.q850(headers(), q850Cause).stream().toArray(javax.sip.header.Header[]::new));
            } catch (SipException e) {
                LOG.debug("Session {}: CANCEL not sent: {}", id(), e.toString());
            }
        }
        ended(sipStatus, q850Cause, false);
    }

    @Override
    protected void acknowledged(Request ack) {
        if (!lateOffer) {
            return;
        }
        lateOffer = false;
        try {
            Optional<SessionDescription> answer = sdpOf(ack);
            if (answer.isPresent() && sdp.applyAnswer(answer.get())) {
                mediaChanged();
            }
        } catch (MalformedSdpException | SdpException e) {
            LOG.warn("Session {}: the SDP of the ACK is not valid: {}", id(), e.getMessage());
        }
    }

    @Override
    protected void lateOfferPending() {
        lateOffer = true;
    }

    @Override
    protected void addContact(Response response) {
        Request sent = invite;
        if (response.getHeader(ContactHeader.NAME) == null && sent != null && sent.getHeader(ContactHeader.NAME) != null) {
            response.addHeader((ContactHeader) sent.getHeader(ContactHeader.NAME).clone());
        }
    }
}
