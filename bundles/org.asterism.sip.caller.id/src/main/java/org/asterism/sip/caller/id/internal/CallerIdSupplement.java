package org.asterism.sip.caller.id.internal;

import java.util.Optional;
import java.util.Set;

import javax.sip.header.ToHeader;
import javax.sip.message.Request;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionSupplement;
import org.asterism.sip.session.api.SipSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Caller ID, as res_pjsip_caller_id's supplement (INVITE and UPDATE, just before the channel is made): reads the
 * caller of an incoming call into the session, follows identity changes the caller's re-INVITEs and UPDATEs assert
 * ({@code trust_connected_line} and {@code trust_id_inbound}), and puts our identity on the INVITEs and UPDATEs of
 * outgoing calls ({@code send_pai}, {@code send_rpid}).
 */
@Component(service = SessionSupplement.class)
public final class CallerIdSupplement implements SessionSupplement {

    private final IdentityReader reader;
    private final IdentityHeaders writer;

    @Activate
    public CallerIdSupplement(@Reference SipClient client) {
        this.reader = new IdentityReader(client.headerFactory());
        this.writer = new IdentityHeaders(client.headerFactory());
    }

    @Override
    public Set<String> methods() {
        return Set.of(Request.INVITE, Request.UPDATE);
    }

    @Override
    public int priority() {
        return PRIORITY_CHANNEL - 1000;
    }

    @Override
    public boolean incomingRequest(SipSession session, SipRequestContext context) {
        Request request = context.request();
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (Request.INVITE.equals(request.getMethod()) && to != null && to.getTag() == null) {
            // the initial INVITE: the channel does not exist yet, so the session's identity is set directly
            session.remoteIdentity(reader.caller(request, session.endpoint()));
        } else if (session.isInbound()) {
            followConnectedLine(session, request);
        }
        return false;
    }

    @Override
    public void outgoingRequest(SipSession session, Request request) {
        // an outbound session's remote identity is the one we present (the caller we place the call for)
        if (!session.isInbound()) {
            writer.add(request, session.remoteIdentity(), session.endpoint(), true);
        }
    }

    /** update_incoming_connected_line: a re-INVITE or UPDATE asserting a new identity, when it is trusted. */
    private void followConnectedLine(SipSession session, Request request) {
        if (!IdentityHeaders.flag(session.endpoint().options(), "trust_connected_line", true)
                || !session.endpoint().trustIdInbound()) {
            return;
        }
        Optional<PartyIdentity> asserted = reader.connectedLine(request);
        if (asserted.isPresent() && changed(session.remoteIdentity(), asserted.get())) {
            session.remoteIdentity(asserted.get());
        }
    }

    /** should_queue_connected_line_update: a new number, or the same number with a new name. */
    private static boolean changed(PartyIdentity current, PartyIdentity asserted) {
        if (current == null || current.number().isEmpty() || !current.number().equals(asserted.number())) {
            return true;
        }
        return !asserted.name().isEmpty() && (current.name().isEmpty() || !current.name().equals(asserted.name()));
    }
}
