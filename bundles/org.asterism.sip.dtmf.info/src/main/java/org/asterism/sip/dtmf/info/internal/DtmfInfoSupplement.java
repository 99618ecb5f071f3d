package org.asterism.sip.dtmf.info.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.session.api.SessionSupplement;
import org.asterism.sip.session.api.SipSession;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DTMF by SIP INFO, as res_pjsip_dtmf_info's supplement (first of all on INFO): takes INFOs carrying
 * {@code application/dtmf-relay}, {@code application/dtmf} or {@code application/hook-flash} and leaves others to
 * whoever else handles INFO. A digit reaches the session ({@link SipSession#digitReceived}) and gets 200; an empty body
 * gets 200 and nothing else; a missing or invalid signal gets 500, as in Asterisk.
 */
@Component(service = SessionSupplement.class)
public final class DtmfInfoSupplement implements SessionSupplement {

    private static final Logger LOG = LoggerFactory.getLogger(DtmfInfoSupplement.class);

    @Override
    public Set<String> methods() {
        return Set.of(Request.INFO);
    }

    @Override
    public int priority() {
        return PRIORITY_FIRST;
    }

    @Override
    public boolean incomingRequest(SipSession session, SipRequestContext context) {
        Optional<String> type = applicationSubtype(context.request());
        if (type.isEmpty()) {
            return false;
        }
        byte[] raw = context.request().getRawContent();
        if (raw == null || raw.length == 0) {
            // Asterisk: "need to return 200 OK on empty body"
            context.respond(Response.OK);
            return true;
        }
        if (type.get().equals("hook-flash")) {
            flash(session);
            context.respond(Response.OK);
            return true;
        }
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        InfoBody info = type.get().equals("dtmf") ? InfoBody.dtmf(body) : InfoBody.dtmfRelay(body);
        if (info.event() == InfoBody.NONE) {
            LOG.error("Invalid DTMF event signal in INFO message.");
            context.respond(Response.SERVER_INTERNAL_ERROR);
            return true;
        }
        // Answered first: the digit may end the call at once (Echo ends on '#'), and its BYE must follow the 200
        context.respond(Response.OK);
        if (info.event() == InfoBody.FLASH) {
            flash(session);
        } else {
            session.digitReceived(Character.toUpperCase(info.event()), info.durationMillis());
        }
        return true;
    }

    /** "dtmf", "dtmf-relay" or "hook-flash" when the INFO carries one of them. */
    private static Optional<String> applicationSubtype(Request request) {
        ContentTypeHeader contentType = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        if (contentType == null || !"application".equalsIgnoreCase(contentType.getContentType())
                || contentType.getContentSubType() == null) {
            return Optional.empty();
        }
        String subtype = contentType.getContentSubType().toLowerCase(Locale.ROOT);
        return Set.of("dtmf", "dtmf-relay", "hook-flash").contains(subtype) ? Optional.of(subtype) : Optional.empty();
    }

    /**
     * Asterisk queues AST_CONTROL_FLASH; the session API has no flash yet (DTMF digits are 0-9, *, #, A-D), so the
     * flash is acknowledged and noted, not passed on.
     */
    private static void flash(SipSession session) {
        LOG.debug("{}: hook flash received by INFO; flash is not passed to the channel", session.id());
    }
}
