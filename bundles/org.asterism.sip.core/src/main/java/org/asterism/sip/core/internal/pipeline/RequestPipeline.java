package org.asterism.sip.core.internal.pipeline;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.SipListenerExt;
import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipMessageTrace;
import org.asterism.sip.api.SipService;
import org.asterism.sip.core.internal.dialog.DialogBinding;
import org.asterism.sip.core.internal.screening.Rejection;
import org.asterism.sip.core.internal.screening.RejectionHeaders;
import org.asterism.sip.core.internal.screening.RequestScreening;
import org.asterism.sip.core.internal.screening.ServerCapabilities;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link SipListener}: every request goes source filters (bans) → observers → screening (RFC 3261 §8.2) → identify →
 * authenticate → the first {@link SipService} that takes it; while the server is behind, new requests get 503
 * ({@link OverloadGuard}). Nothing here blocks on I/O, and whatever a
 * stage throws ends as a 500 for that request alone.
 */
@Component(service = RequestPipeline.class)
public class RequestPipeline implements SipListenerExt {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final SipStackHolder stack;
    private final PipelineStages stages;
    private final OverloadGuard overload;
    private final RequestScreening screening = new RequestScreening();
    /** Methods that exist only inside a dialog: with a To tag and no dialog of ours, 481 (RFC 3261 §12.2.2). */
    private static final Set<String> IN_DIALOG_ONLY = Set.of(Request.INVITE, Request.BYE, Request.UPDATE, Request.PRACK, Request.INFO);

    @Activate
    public RequestPipeline(@Reference SipStackHolder stack, @Reference PipelineStages stages, @Reference OverloadGuard overload) {
        this.stack = stack;
        this.stages = stages;
        this.overload = overload;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Optional<OpenTransport> transport = stack.transportOf(event.getSource());
        if (transport.isEmpty()) {
            return; // its transport was closed while the request was in flight
        }
        InetSocketAddress source = source(event);
        if (!stages.sourceFilters().admits(source.getAddress())) {
            return; // banned: dropped as a firewall would drop it
        }
        SipServiceRegistry.Services services = stages.services().current();
        ServerRequest request = new ServerRequest(event.getRequest(), event.getServerTransaction(), transport.get(),
                source, services.capabilities(), stack, stages.observers(), stages.supplements());
        try {
            handle(request, services, DialogBinding.of(event.getDialog()));
        } catch (RuntimeException e) {
            LOG.error("{} from {} failed", request.method(), request.source(), e);
            if (!request.isAnswered() && !Request.ACK.equals(request.method())) {
                request.respond(Response.SERVER_INTERNAL_ERROR);
            }
        }
    }

    private void handle(ServerRequest request, SipServiceRegistry.Services services, DialogBinding dialog) {
        if (stages.observers().active()) {
            String text = request.request().toString();
            stages.observers().publish(new SipMessageTrace(SipMessageTrace.Direction.RECEIVED, request.transport(),
                    request.source(), true, text, request.receivedSize(text)));
        }
        String method = request.method();
        if (Request.ACK.equals(method)) {
            if (dialog != null) {
                request.endpoint(dialog.endpoint());
                dialog.handler().request(dialog, request); // the ACK for our 2xx
            }
            return; // else an ACK outside any dialog we own: nothing to answer (RFC 3261 §17.2.3)
        }
        if (dialog == null && !Request.CANCEL.equals(method) && overload.refuses()) {
            refuseWhileBehind(request);
            return;
        }
        Capabilities capabilities = services.capabilities();
        Set<String> accepted = capabilities.acceptedContentTypes();
        if (dialog != null) {
            // In a dialog the owner judges the body (an INFO's dtmf-relay belongs to a supplement of the session)
            accepted = new HashSet<>(accepted);
            accepted.add(ServerCapabilities.ANY_TYPE);
        }
        Optional<Rejection> rejection = screening.screen(request.request(), new ServerCapabilities(capabilities.allowedMethods(),
                capabilities.supportedOptions(), accepted));
        if (!request.takeTransaction()) {
            return;
        }
        if (rejection.isPresent()) {
            reject(request, rejection.get());
            return;
        }
        if (Request.CANCEL.equals(method)) {
            cancel(request, dialog);
            return;
        }
        if (dialog != null) {
            // In the dialog: its owner knows the peer already, so no identification nor authentication.
            request.endpoint(dialog.endpoint());
            dialog.handler().request(dialog, request);
            return;
        }
        if (IN_DIALOG_ONLY.contains(method) && hasToTag(request.request())) {
            request.respond(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST); // a dialog we do not have (any more)
            return;
        }
        List<SipService> candidates = services.forMethod(method);
        if (candidates.stream().anyMatch(SipService::requiresEndpoint)) {
            String endpoint = stages.identification().identify(request).orElse(null);
            request.endpoint(endpoint);
            if (endpoint == null) {
                stages.unidentified().unidentified(request);
            } else {
                stages.unidentified().identified(request.source());
            }
            if (!stages.authentication().admit(request, endpoint)) {
                return;
            }
        }
        for (SipService service : candidates) {
            if (service.handle(request)) {
                return;
            }
        }
        request.respond(Response.SERVER_INTERNAL_ERROR, "No module took the request");
    }

    /**
     * A CANCEL the stack matched to an INVITE of a dialog of ours is answered 200 and the dialog's owner told (it
     * answers the INVITE 487); any other gets 481, as pjsip answers a CANCEL that matches no transaction.
     */
    private static void cancel(ServerRequest request, DialogBinding dialog) {
        if (dialog == null) {
            request.respond(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        request.respond(Response.OK);
        dialog.handler().cancelled(dialog, request.request());
    }

    private static boolean hasToTag(Request request) {
        return request.getHeader(ToHeader.NAME) instanceof ToHeader to && to.getTag() != null;
    }

    /** Statelessly (no transaction): a retransmission is refused again, as cheaply. */
    private void refuseWhileBehind(ServerRequest request) {
        Response response = request.createResponse(Response.SERVICE_UNAVAILABLE);
        try {
            response.addHeader(stack.headerFactory().createRetryAfterHeader(overload.retryAfterSeconds()));
        } catch (javax.sip.InvalidArgumentException e) {
            throw new IllegalStateException(e); // a positive number of seconds is always valid
        }
        request.send(response);
    }

    private void reject(ServerRequest request, Rejection rejection) {
        Response response = request.createResponse(rejection.status());
        try {
            response.setReasonPhrase(rejection.reason());
            RejectionHeaders.addTo(response, rejection);
        } catch (ParseException e) {
            LOG.debug("Could not word the {} rejection fully: {}", rejection.status(), e.toString());
        }
        request.send(response);
    }

    private static InetSocketAddress source(RequestEvent event) {
        if (event instanceof RequestEventExt ext && ext.getRemoteIpAddress() != null) {
            try {
                return new InetSocketAddress(InetAddress.getByName(ext.getRemoteIpAddress()), ext.getRemotePort());
            } catch (java.net.UnknownHostException e) {
                LOG.debug("Odd remote address {}", ext.getRemoteIpAddress());
            }
        }
        return InetSocketAddress.createUnresolved("0.0.0.0", 0);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        // To the sender of a request of ours; a response to nothing we sent is dropped (RFC 3261 §18.1.2).
        javax.sip.ClientTransaction transaction = event.getClientTransaction();
        if (transaction != null
                && transaction.getApplicationData() instanceof org.asterism.sip.core.internal.client.ClientTransactionListener listener) {
            listener.responseReceived(event.getResponse());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        javax.sip.ClientTransaction transaction = event.isServerTransaction() ? null : event.getClientTransaction();
        if (transaction != null
                && transaction.getApplicationData() instanceof org.asterism.sip.core.internal.client.ClientTransactionListener listener) {
            listener.timedOut();
            return;
        }
        LOG.debug("Transaction timed out: {}", event.getTimeout());
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        // NIST names the transaction as the source when sending one of its messages failed
        if (event.getSource() instanceof javax.sip.ClientTransaction transaction
                && transaction.getApplicationData() instanceof org.asterism.sip.core.internal.client.ClientTransactionListener listener) {
            listener.transportFailed(event.getHost() + ":" + event.getPort() + "/" + event.getTransport());
            return;
        }
        LOG.debug("I/O error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing kept per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        DialogBinding dialog = DialogBinding.of(event.getDialog());
        if (dialog != null) {
            dialog.ended();
        }
    }

    @Override
    public void processDialogTimeout(DialogTimeoutEvent event) {
        DialogBinding dialog = DialogBinding.of(event.getDialog());
        if (dialog == null) {
            return;
        }
        if (event.getReason() == DialogTimeoutEvent.Reason.AckNotReceived) {
            dialog.handler().ackTimedOut(dialog);
        } else {
            dialog.ended();
        }
    }
}
