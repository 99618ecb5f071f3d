package org.asterism.sip.core.internal.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.PeerUnavailableException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import java.util.TooManyListenersException;
import javax.sip.TransportNotSupportedException;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Response;

import org.asterism.sip.api.transport.TransportConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.stack.HopImpl;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * Owns the one JAIN-SIP stack. The stack and its factories are built directly rather than through
 * {@code SipFactory}, whose process-wide singleton would outlive a module reload.
 */
@Component(service = SipStackHolder.class)
public class SipStackHolder {

    private static final Logger LOG = LoggerFactory.getLogger(SipStackHolder.class);

    private final SipStack stack;
    private final HeaderFactory headerFactory = new HeaderFactoryImpl();
    private final MessageFactory messageFactory = new MessageFactoryImpl();
    private final AddressFactory addressFactory = new AddressFactoryImpl();
    private final Map<SipProvider, OpenTransport> open = new ConcurrentHashMap<>();
    private final ReceiveBacklog backlog = new ReceiveBacklog();

    @Activate
    public SipStackHolder() throws PeerUnavailableException {
        stack = new AsterismSipStack(StackProperties.create("asterism"));
    }

    @Deactivate
    public void deactivate() {
        stack.stop(); // closes every listening point it still has
        open.clear();
    }

    /** Starts listening for one transport object; the port defaults to the protocol's. */
    public OpenTransport open(TransportConfig config, int defaultPort, SipListener listener) throws IOException {
        InetSocketAddress bind = config.bind().getPort() == 0 ? new InetSocketAddress(config.bind().getAddress(), defaultPort) : config.bind();
        ListeningPoint point;
        try {
            point = stack.createListeningPoint(bind.getAddress().getHostAddress(), bind.getPort(), config.protocol());
        } catch (TransportNotSupportedException | InvalidArgumentException e) {
            throw new IOException(describe(e), e);
        }
        try {
            SipProvider provider = stack.createSipProvider(point);
            provider.setAutomaticDialogSupportEnabled(false);
            provider.addSipListener(listener);
            OpenTransport transport = new OpenTransport(config, bind, point, provider);
            open.put(provider, transport);
            return transport;
        } catch (ObjectInUseException | TooManyListenersException e) {
            deleteQuietly(point);
            throw new IOException(describe(e), e);
        }
    }

    public void close(OpenTransport transport, SipListener listener) {
        open.remove(transport.provider());
        transport.provider().removeSipListener(listener);
        try {
            stack.deleteSipProvider(transport.provider());
        } catch (ObjectInUseException | RuntimeException e) {
            LOG.warn("Transport '{}': closing its provider failed: {}", transport.config().id(), e.toString());
        }
        deleteQuietly(transport.listeningPoint());
    }

    /**
     * Sends a response over the transport its request arrived on, to the packet's source. NIST picks the
     * transport of an unreliable reply from the top Via, so a request that came over UDP with a Via naming
     * TCP could not be answered at all; pjproject answers it over UDP, and so do we. No transaction keeps
     * such a reply for retransmissions.
     */
    public void sendOverArrivalTransport(OpenTransport transport, InetSocketAddress destination, Response response) throws IOException {
        ListeningPoint point = transport.listeningPoint();
        MessageChannel channel = ((SIPTransactionStack) stack).createRawMessageChannel(point.getIPAddress(), point.getPort(),
                new HopImpl(destination.getAddress().getHostAddress(), destination.getPort(), point.getTransport()));
        if (channel == null) {
            throw new IOException("no " + point.getTransport() + " channel from " + point.getIPAddress() + ":" + point.getPort());
        }
        channel.sendMessage((SIPMessage) response);
    }

    /** How long the oldest received but unprocessed UDP datagram has waited (ms); 0 while the SIP threads keep up. */
    public long receiveBacklogMillis() {
        return backlog.oldestWaitMillis(open.values(), System.currentTimeMillis());
    }

    /** The transports listening now, in no particular order. */
    public List<OpenTransport> openTransports() {
        return List.copyOf(open.values());
    }

    /** The transport a request arrived on, from the provider JAIN-SIP names as the event source. */
    public Optional<OpenTransport> transportOf(Object provider) {
        return Optional.ofNullable(open.get(provider));
    }

    public HeaderFactory headerFactory() {
        return headerFactory;
    }

    public MessageFactory messageFactory() {
        return messageFactory;
    }

    public AddressFactory addressFactory() {
        return addressFactory;
    }

    private void deleteQuietly(ListeningPoint point) {
        try {
            stack.deleteListeningPoint(point);
        } catch (ObjectInUseException | RuntimeException e) {
            LOG.warn("Closing listening point {}:{}/{} failed: {}", point.getIPAddress(), point.getPort(), point.getTransport(), e.toString());
        }
    }

    /** NIST wraps the socket error (address in use...) a level or two down; show the root cause. */
    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
