package org.asterism.sip.core.internal.pipeline;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.InvalidArgumentException;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipMessageTrace;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.core.internal.dialog.ServerTransactionHolder;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.javax.sip.message.SIPMessage;

/** A received request and its server transaction; answers go out through the supplements and observers. */
final class ServerRequest implements SipRequestContext, ServerTransactionHolder {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRequest.class);

    private final Request request;
    private final OpenTransport transport;
    private final InetSocketAddress source;
    private final SipStackHolder stack;
    private final ObserverBus observers;
    private final SupplementChain supplements;
    private final Capabilities capabilities;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile ServerTransaction transaction;
    private volatile String endpoint;

    ServerRequest(Request request, ServerTransaction transaction, OpenTransport transport, InetSocketAddress source,
            Capabilities capabilities, SipStackHolder stack, ObserverBus observers, SupplementChain supplements) {
        this.request = request;
        this.capabilities = capabilities;
        this.transaction = transaction;
        this.transport = transport;
        this.source = source;
        this.stack = stack;
        this.observers = observers;
        this.supplements = supplements;
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String transport() {
        return transport.transportName();
    }

    @Override
    public InetSocketAddress source() {
        return source;
    }

    @Override
    public InetSocketAddress localAddress() {
        return transport.bound();
    }

    @Override
    public String transportId() {
        return transport.config().id();
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public Optional<String> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    void endpoint(String identified) {
        endpoint = identified;
    }

    SipProvider provider() {
        return transport.provider();
    }

    @Override
    public ServerTransaction serverTransaction() {
        return transaction;
    }

    @Override
    public OpenTransport openTransport() {
        return transport;
    }

    /** Takes the request into a server transaction so retransmissions are absorbed; false if one exists already. */
    boolean takeTransaction() {
        if (transaction != null) {
            return true;
        }
        try {
            transaction = transport.provider().getNewServerTransaction(request);
            return true;
        } catch (javax.sip.TransactionAlreadyExistsException e) {
            return false; // a retransmission racing its original: the original's transaction answers it
        } catch (javax.sip.TransactionUnavailableException e) {
            LOG.debug("No transaction for {}: {}", request.getMethod(), e.toString());
            return true; // answer statelessly
        }
    }

    @Override
    public Response createResponse(int statusCode) {
        try {
            Response response = stack.messageFactory().createResponse(statusCode, request);
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (statusCode > 100 && to != null && to.getTag() == null) {
                to.setTag(Long.toHexString(ThreadLocalRandom.current().nextLong()));
            }
            return response;
        } catch (ParseException e) {
            throw new IllegalStateException("cannot build a " + statusCode + " response", e);
        }
    }

    @Override
    public void respond(int statusCode, String reasonPhrase) {
        Response response = createResponse(statusCode);
        try {
            response.setReasonPhrase(reasonPhrase);
        } catch (ParseException e) {
            LOG.debug("Reason phrase '{}' refused: {}", reasonPhrase, e.toString());
        }
        send(response);
    }

    @Override
    public void send(Response response) {
        boolean isFinal = response.getStatusCode() >= 200;
        if (isFinal && !answered.compareAndSet(false, true)) {
            LOG.warn("A second final response ({}) to {} was not sent", response.getStatusCode(), request.getMethod());
            return;
        }
        supplements.apply(response, this);
        // Traced on the way out, as Asterisk's logger does: a TCP peer that hangs up at once can make JAIN-SIP
        // report a failure for a response it did deliver.
        if (observers.active()) {
            String text = response.toString();
            observers.publish(new SipMessageTrace(SipMessageTrace.Direction.SENT, transport(), source, false, text,
                    text.getBytes(StandardCharsets.UTF_8).length));
        }
        try {
            if (viaNamesAnotherTransport()) {
                stack.sendOverArrivalTransport(transport, source, response);
            } else if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                transport.provider().sendResponse(response);
            }
        } catch (SipException | InvalidArgumentException | IOException | RuntimeException e) {
            LOG.warn("Could not send {} to {}: {}", response.getStatusCode(), source, e.toString());
        }
    }

    /** A UDP request whose top Via names another transport (TCP connections always answer on themselves). */
    private boolean viaNamesAnotherTransport() {
        if (!"UDP".equals(transport.transportName())) {
            return false;
        }
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        return via != null && via.getTransport() != null && !"UDP".equalsIgnoreCase(via.getTransport());
    }

    /** The size of the request as it arrived, before the stack added received/rport to its Via. */
    int receivedSize(String text) {
        int size = ((SIPMessage) request).getSize();
        return size > 0 ? size : text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean isAnswered() {
        return answered.get();
    }

    @Override
    public MessageFactory messageFactory() {
        return stack.messageFactory();
    }

    @Override
    public HeaderFactory headerFactory() {
        return stack.headerFactory();
    }

    @Override
    public AddressFactory addressFactory() {
        return stack.addressFactory();
    }
}
