package org.asterism.sip.session.internal;

import java.net.InetAddress;
import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import javax.sdp.SdpException;
import javax.sdp.SessionDescription;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A session started by an INVITE we received: we answer it (or not) when the channel says. */
final class InboundSession extends SipSessionImpl {

    private static final Logger LOG = LoggerFactory.getLogger(InboundSession.class);

    private final SipRequestContext invite;
    private final String exten;
    private final String localTag = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    private final InetAddress signalling;
    private volatile SessionDescription answer;
    private volatile boolean finalSent;
    private volatile boolean lateOffer;
    private volatile SessionTimerTerms timerTerms = SessionTimerTerms.none(90);
    private volatile boolean reliable;

    InboundSession(SessionServices services, Endpoint endpoint, SipRequestContext invite, String exten,
            InetAddress signalling, InetAddress media, PartyIdentity caller) {
        super(services, endpoint, SessionState.INCOMING, invite.source(), media, caller);
        this.invite = invite;
        this.exten = exten;
        this.signalling = signalling;
    }

    /**
     * Takes the INVITE: dialog, 100 Trying, the offer answered (488 when no stream can be), then the supplements (the
     * channel driver makes the channel there). False when the INVITE was refused here.
     */
    boolean start() {
        dialog = services.dialogs().accept(invite, this);
        services.directory().add(this);
        timerTerms = SessionTimerTerms.forIncoming(endpoint, invite.request());
        if (timerTerms.refusal() != 0) {
            refuseTimer(timerTerms);
            return false;
        }
        if (!agreeReliability()) {
            return false;
        }
        invite.respond(Response.TRYING);
        try {
            Optional<SessionDescription> offer = sdpOf(invite.request());
            if (offer.isPresent()) {
                Optional<SessionDescription> negotiated = sdp.answer(offer.get());
                if (negotiated.isEmpty()) {
                    refuse(Response.NOT_ACCEPTABLE_HERE);
                    return false;
                }
                answer = negotiated.get();
            }
        } catch (MalformedSdpException | SdpException e) {
            LOG.warn("Session {}: the SDP offer of the INVITE from {} is not valid: {}", id(), invite.source(), e.getMessage());
            refuse(Response.BAD_REQUEST);
            return false;
        }
        if (offerToSupplements(invite)) {
            return !isEnded();
        }
        if (!hasListener() && !finalSent) {
            LOG.warn("Session {}: no channel driver is loaded (chan_pjsip): the call is refused", id());
            refuse(Response.SERVICE_UNAVAILABLE);
            return false;
        }
        return true;
    }

    /**
     * Whether 18x go reliably (RFC 3262), by the endpoint's {@code 100rel}: "no" refuses {@code Require: 100rel} with
     * 420, "required" refuses a UAC without it with 421; reliable when the UAC requires it, or supports it under
     * "peer_supported", or always under "required".
     */
    private boolean agreeReliability() {
        String mode = endpoint.oneHundredRel();
        Request request = invite.request();
        boolean required = OptionTags.requires(request, OptionTags.RELIABLE);
        boolean supported = OptionTags.supports(request, OptionTags.RELIABLE);
        try {
            if ("no".equals(mode) && required) {
                Response refusal = response(Response.BAD_EXTENSION);
                refusal.addHeader(headers().createUnsupportedHeader(OptionTags.RELIABLE));
                finalSent = true;
                invite.send(refusal);
                ended(Response.BAD_EXTENSION, 0, false);
                return false;
            }
            if ("required".equals(mode) && !supported) {
                Response refusal = response(Response.EXTENSION_REQUIRED);
                refusal.addHeader(headers().createRequireHeader(OptionTags.RELIABLE));
                finalSent = true;
                invite.send(refusal);
                ended(Response.EXTENSION_REQUIRED, 0, false);
                return false;
            }
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        reliable = required || "required".equals(mode) || ("peer_supported".equals(mode) && supported);
        return true;
    }

    /** An 18x: reliably (retransmitted until its PRACK) when 100rel was agreed, else as any response. */
    private void sendProvisional(Response provisional) {
        if (reliable) {
            try {
                dialog.sendReliableProvisional(provisional);
                return;
            } catch (SipException e) {
                LOG.warn("Session {}: reliable {} not sent ({}): sending it unreliably", id(), provisional.getStatusCode(), e.getMessage());
            }
        }
        invite.send(provisional);
    }

    /** 422 with our Min-SE for a too short Session-Expires; 421 with Require: timer when timers are required. */
    private void refuseTimer(SessionTimerTerms terms) {
        finalSent = true;
        Response refusal = response(terms.refusal());
        try {
            if (terms.refusal() == 422) {
                refusal.addHeader(headers().createHeader(SessionTimerTerms.MIN_SE, Integer.toString(terms.minSe())));
            } else {
                refusal.addHeader(headers().createRequireHeader(SessionTimerTerms.TIMER));
            }
        } catch (ParseException e) {
            LOG.debug("Session {}: refusal header not added: {}", id(), e.toString());
        }
        invite.send(refusal);
        ended(terms.refusal(), 0, false);
    }

    private void refuse(int status) {
        finalSent = true;
        invite.send(response(status));
        ended(status, 0, false);
    }

    @Override
    public String id() {
        return ((CallIdHeader) invite.request().getHeader(CallIdHeader.NAME)).getCallId();
    }

    @Override
    public boolean isInbound() {
        return true;
    }

    @Override
    public Request invite() {
        return invite.request();
    }

    @Override
    public String exten() {
        return exten;
    }

    @Override
    public synchronized void ringing() {
        if (finalSent || isEnded()) {
            return;
        }
        Response ringing = response(Response.RINGING);
        addContact(ringing);
        supplementOutgoing(ringing);
        sendProvisional(ringing);
        state(SessionState.EARLY);
    }

    @Override
    public synchronized void progress() {
        SessionDescription ours = answer;
        if (finalSent || isEnded() || ours == null) {
            return;
        }
        try {
            Response progress = response(Response.SESSION_PROGRESS);
            attachSdp(progress, ours);
            addContact(progress);
            supplementOutgoing(progress);
            sendProvisional(progress);
            state(SessionState.EARLY);
        } catch (ParseException e) {
            LOG.warn("Session {}: 183 not sent: {}", id(), e.toString());
        }
    }

    @Override
    protected CompletionStage<Void> whenConfirmed() {
        return confirmed;
    }

    @Override
    public synchronized CompletionStage<Void> answer() {
        if (finalSent || isEnded()) {
            return confirmed;
        }
        try {
            Response ok = response(Response.OK);
            SessionDescription ours = answer;
            if (ours == null) {
                Optional<SessionDescription> offer = sdp.offer();
                if (offer.isPresent()) {
                    ours = offer.get();
                    lateOffer = true;
                }
            }
            if (ours != null) {
                attachSdp(ok, ours);
            }
            addContact(ok);
            addTimerHeaders(ok, timerTerms, true);
            supplementOutgoing(ok);
            finalSent = true;
            invite.send(ok);
            state(SessionState.CONNECTING);
        } catch (SdpException | ParseException e) {
            LOG.warn("Session {}: 200 OK not sent: {}", id(), e.toString());
            end(Response.SERVER_INTERNAL_ERROR, 0);
        }
        return confirmed;
    }

    @Override
    public void call() {
        throw new IllegalStateException("an inbound session is answered, not called");
    }

    @Override
    public void end(int sipStatus, int q850Cause) {
        synchronized (this) {
            if (isEnded()) {
                return;
            }
            if (!finalSent) {
                finalSent = true;
                Response refusal = response(sipStatus >= 300 ? sipStatus : Response.DECLINE);
                ReasonHeaders.q850(headers(), q850Cause).ifPresent(refusal::addHeader);
                supplementOutgoing(refusal);
                invite.send(refusal);
                ended(sipStatus, q850Cause, false);
                return;
            }
        }
        sendBye(q850Cause);
        ended(Response.OK, q850Cause, false);
    }

    @Override
    protected void acknowledged(Request ack) {
        if (lateOffer) {
            lateOffer = false;
            try {
                Optional<SessionDescription> late = sdpOf(ack);
                if (late.isEmpty() || !sdp.applyAnswer(late.get())) {
                    LOG.warn("Session {}: the ACK did not answer our offer usably: ending the call", id());
                    sendBye(88); // Q.850 "Incompatible destination"
                    ended(Response.NOT_ACCEPTABLE_HERE, 88, true);
                    return;
                }
                mediaChanged();
            } catch (MalformedSdpException | SdpException e) {
                LOG.warn("Session {}: the SDP of the ACK is not valid: {}", id(), e.getMessage());
            }
        }
        if (state() == SessionState.CONNECTING) {
            state(SessionState.CONFIRMED);
            timer.start(timerTerms);
        }
        confirmed.complete(null);
    }

    @Override
    public void cancelled(SipDialog inDialog, Request cancel) {
        synchronized (this) {
            if (finalSent || isEnded()) {
                return;
            }
            finalSent = true;
            invite.send(response(Response.REQUEST_TERMINATED));
        }
        ended(Response.REQUEST_TERMINATED, ReasonHeaders.q850Cause(cancel), true);
    }

    @Override
    protected void lateOfferPending() {
        lateOffer = true;
    }

    @Override
    protected void localTagOn(Response response) {
        try {
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(localTag);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void addContact(Response response) {
        if (response.getHeader(ContactHeader.NAME) != null) {
            return;
        }
        try {
            SipURI uri = services.client().addressFactory().createSipURI(null, signalling.getHostAddress());
            uri.setPort(invite.localAddress().getPort());
            if (!"UDP".equals(invite.transport())) {
                uri.setTransportParam(invite.transport().toLowerCase(java.util.Locale.ROOT));
            }
            response.addHeader(headers().createContactHeader(services.client().addressFactory().createAddress(uri)));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response to the INVITE carrying the dialog's one tag. */
    private Response response(int status) {
        Response response = invite.createResponse(status);
        if (status > 100) {
            localTagOn(response);
        }
        return response;
    }
}
