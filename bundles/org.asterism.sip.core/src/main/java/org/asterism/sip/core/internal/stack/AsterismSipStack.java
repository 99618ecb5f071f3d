package org.asterism.sip.core.internal.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Properties;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.TransportNotSupportedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.NioMessageProcessorFactory;

/**
 * NIST's stack with listening sockets opened in their bind address's own protocol family (see
 * {@link FamilyBoundNetworkLayer}), so that an IPv4 and an IPv6 transport can share a port as in Asterisk.
 *
 * <p>The layer is installed after {@code super(...)}: NIST's constructor only chooses its network layer (an
 * {@code SslNetworkLayer} when {@code javax.net.ssl.keyStore} is set, a {@code gov.nist.javax.sip.NETWORK_LAYER} class,
 * else none, meaning {@code DefaultNetworkLayer}) and opens no socket; sockets are opened by listening points, which
 * read {@code getNetworkLayer()} each time. The chosen layer keeps client sockets and TLS. {@code setSipStack} need not
 * be called again: the default and SSL layers ignore it and a configured class already had it. (The
 * {@code NETWORK_LAYER} property itself would not do: NIST loads that class with {@code Class.forName} from the
 * JAIN-SIP bundle, which cannot see ours.)
 */
final class AsterismSipStack extends SipStackImpl {

    private static final Logger LOG = LoggerFactory.getLogger(AsterismSipStack.class);
    private static final int UNUSED_RECEIVE_ARRAY = 16;

    private volatile Thread buildingUdpProcessor;

    AsterismSipStack(Properties configurationProperties) throws PeerUnavailableException {
        super(configurationProperties);
        this.networkLayer = new FamilyBoundNetworkLayer(getNetworkLayer(), this::openListeningPoints);
        // Before any listening point: each message channel takes its parser from this factory when it is made.
        setMessageParserFactory(new WordedParseErrorsParserFactory());
        if (getMessageProcessorFactory() instanceof NioMessageProcessorFactory) {
            // NioTcpMessageProcessor.start() opens its ServerSocketChannel itself, in the default (dual-stack) family.
            LOG.warn("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY is the NIO one: its TCP, TLS and WS listeners do not go through "
                    + "the network layer, so an IPv4 and an IPv6 transport on one port will still collide there");
        }
    }

    /**
     * As NIST's, but a TCP or TLS listening point whose bind fails is not left behind. NIST registers the listening
     * point and its processor before {@code start()} binds the socket, and keeps both when it throws: asking again
     * for the same address, port and transport then returns that dead listening point (no socket, silently), and
     * removing it, or stopping the stack, fails in {@code TCPMessageProcessor.stop()} on the socket it never had.
     */
    @Override
    public synchronized ListeningPoint createListeningPoint(String address, int port, String transport)
            throws TransportNotSupportedException, InvalidArgumentException {
        String key = address == null || transport == null ? null : ListeningPointImpl.makeKey(address, port, transport);
        boolean existed = key != null && listeningPoints.containsKey(key);
        try {
            return super.createListeningPoint(address, port, transport);
        } catch (InvalidArgumentException e) {
            ListeningPointImpl dead = existed || key == null ? null : listeningPoints.remove(key);
            if (dead != null && dead.getMessageProcessor() != null) {
                try {
                    removeMessageProcessor(dead.getMessageProcessor());
                } catch (NullPointerException neverBound) {
                    // TCPMessageProcessor.stop() closing the socket start() failed to open; it is out of the list already
                }
            }
            throw e;
        }
    }

    /**
     * As NIST's, but a UDP processor is told a tiny maximum message size: it sizes only the array NIST allocates for
     * every receive, which {@link FamilyBoundDatagramSocket} replaces by one of the datagram's own size (any size up to
     * the UDP maximum). Otherwise every datagram costs a fresh, zeroed 64 KB array: at a few thousand datagrams a
     * second that alone was most of what the server allocated. The setting is read only while this thread builds
     * the processor, so TCP's limit is never affected.
     */
    @Override
    protected MessageProcessor createMessageProcessor(InetAddress address, int port, String transport) throws IOException {
        boolean ours = "udp".equalsIgnoreCase(transport) && address != null && !address.isMulticastAddress(); // see FamilyBoundNetworkLayer
        buildingUdpProcessor = ours ? Thread.currentThread() : null;
        try {
            return super.createMessageProcessor(address, port, transport);
        } finally {
            buildingUdpProcessor = null;
        }
    }

    @Override
    public int getMaxMessageSize() {
        return buildingUdpProcessor == Thread.currentThread() ? UNUSED_RECEIVE_ARRAY : super.getMaxMessageSize();
    }

    /** A copy: NIST's table is a Hashtable, whose iterators fail if a listening point comes or goes meanwhile. */
    private List<ListeningPoint> openListeningPoints() {
        return List.copyOf(listeningPoints.values()); // Hashtable.values() copies under the table's lock
    }
}
