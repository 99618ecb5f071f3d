package org.asterism.sip.session.internal;

import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.pbx.api.dialplan.Dialplan;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.SipService;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.session.api.PartyIdentity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New INVITEs (res_pjsip_session's {@code new_invite}): the destination checked against the dialplan first (404 and
 * Asterisk's NOTICE when the extension does not exist, 484 while more digits could make one), then an
 * {@link InboundSession}. Requests inside a session reach the session through its dialog, not here; the methods are
 * listed so that Allow names them while the module is loaded.
 */
@Component(service = SipService.class)
public class InviteService implements SipService {

    private static final Logger LOG = LoggerFactory.getLogger(InviteService.class);

    private final ConfigStore config;
    private final SessionRuntime runtime;
    private volatile Dialplan dialplan;

    @Activate
    public InviteService(@Reference ConfigStore config, @Reference SessionRuntime runtime) {
        this.config = config;
        this.runtime = runtime;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDialplan(Dialplan bound) {
        dialplan = bound;
    }

    void unsetDialplan(Dialplan unbound) {
        if (dialplan == unbound) {
            dialplan = null;
        }
    }

    @Override
    public Set<String> methods() {
        return Set.of(Request.INVITE, Request.ACK, Request.BYE, Request.CANCEL, Request.UPDATE, Request.PRACK, Request.INFO);
    }

    /** RFC 3262 reliable provisionals and RFC 4028 session timers (each endpoint's options then decide). */
    @Override
    public Set<String> supportedOptions() {
        return Set.of(OptionTags.RELIABLE, SessionTimerTerms.TIMER);
    }

    @Override
    public Set<String> acceptedContentTypes() {
        return Set.of("application/sdp");
    }

    @Override
    public boolean handle(SipRequestContext request) {
        if (!Request.INVITE.equals(request.method())) {
            request.respond(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST); // in-dialog methods only, and no dialog
            return true;
        }
        Optional<Endpoint> endpoint = request.endpoint().flatMap(id -> config.find(Endpoint.TYPE, id, Endpoint.class));
        if (endpoint.isEmpty()) {
            request.respond(Response.FORBIDDEN);
            return true;
        }
        Dialplan plan = dialplan;
        if (plan == null) {
            LOG.warn("INVITE from {} refused: the dialplan is not loaded", request.source());
            request.respond(Response.SERVICE_UNAVAILABLE);
            return true;
        }
        String exten = exten(request.request());
        PartyIdentity caller = caller(request.request());
        String context = endpoint.get().context();
        if (!plan.exists(context, exten, 1, caller.number())) {
            if (allowOverlap(endpoint.get()) && plan.canMatchMore(context, exten, caller.number())) {
                request.respond(Response.ADDRESS_INCOMPLETE);
                return true;
            }
            LOG.info("NOTICE: Call from '{}' ({}:{}:{}) to extension '{}' rejected because extension not found in context '{}'.",
                    endpoint.get().id(), request.transport(), request.source().getAddress().getHostAddress(),
                    request.source().getPort(), exten, context);
            request.respond(Response.NOT_FOUND);
            return true;
        }
        InetAddress peer = request.source().getAddress();
        InetAddress signalling = LocalAddresses.towards(request.localAddress().getAddress(), peer);
        Optional<TransportConfig> transport = config.find(TransportConfig.TYPE, request.transportId(), TransportConfig.class);
        InetAddress media = LocalAddresses.forMedia(endpoint.get(), transport, signalling, peer);
        InboundSession session = new InboundSession(runtime.services(), endpoint.get(), request, exten, signalling, media, caller);
        session.start();
        return true;
    }

    /** The Request-URI's user, as Asterisk takes the extension; "s" when there is none. */
    static String exten(Request request) {
        return request.getRequestURI() instanceof SipURI sip && sip.getUser() != null && !sip.getUser().isEmpty()
                ? sip.getUser() : "s";
    }

    /** Who calls, from the From header; caller ID handling (res_pjsip_caller_id) refines it. */
    static PartyIdentity caller(Request request) {
        Address from = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress();
        String name = from.getDisplayName() == null ? "" : from.getDisplayName();
        String number = from.getURI() instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : "";
        return new PartyIdentity(name, number, false);
    }

    private static boolean allowOverlap(Endpoint endpoint) {
        return !"no".equals(endpoint.options().getOrDefault("allow_overlap", "yes"));
    }
}
