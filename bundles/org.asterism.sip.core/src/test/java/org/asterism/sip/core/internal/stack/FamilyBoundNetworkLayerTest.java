package org.asterism.sip.core.internal.stack;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * An IPv4 and an IPv6 transport on one port, as pjsip.conf allows: both bind, in either order, over UDP and TCP, and
 * each answers requests of its own family. Loopback only; the IPv6 cases are skipped on a host without ::1.
 */
public class FamilyBoundNetworkLayerTest {

    private static final AtomicInteger STACKS = new AtomicInteger();

    private final MessageFactory messages = new MessageFactoryImpl();
    private final Recorder recorder = new Recorder();
    private AsterismSipStack stack;

    @Before
    public void startStack() throws Exception {
        stack = new AsterismSipStack(StackProperties.create("family-bound-" + STACKS.incrementAndGet()));
    }

    @After
    public void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    public void udpIpv6BoundBeforeIpv4Any() throws Exception {
        bothFamiliesAnswer("udp", "::1", "0.0.0.0");
    }

    @Test
    public void udpIpv4AnyBoundBeforeIpv6() throws Exception {
        bothFamiliesAnswer("udp", "0.0.0.0", "::1");
    }

    @Test
    public void tcpIpv6BoundBeforeIpv4Any() throws Exception {
        bothFamiliesAnswer("tcp", "::1", "0.0.0.0");
    }

    @Test
    public void tcpIpv4AnyBoundBeforeIpv6() throws Exception {
        bothFamiliesAnswer("tcp", "0.0.0.0", "::1");
    }

    @Test
    public void specificAddressesOfBothFamilies() throws Exception {
        bothFamiliesAnswer("udp", "127.0.0.1", "::1");
        bothFamiliesAnswer("tcp", "::1", "127.0.0.1");
    }

    /** A [::] transport alone is dual-stack: it answers IPv4 and IPv6 peers. */
    @Test
    public void ipv6AnyAloneServesBothFamilies() throws Exception {
        assumeIpv6();
        for (String transport : List.of("udp", "tcp")) {
            int port = freePort("::", "0.0.0.0");
            SipProvider provider = open("::", port, transport);
            for (String peer : List.of("127.0.0.1", "::1")) {
                assertAnswered(transport, new InetSocketAddress(peer, port), provider);
            }
        }
    }

    /**
     * [::] takes the IPv4 port as well (the JDK clears IPV6_V6ONLY and offers no way to set it), so it collides with 0.0.0.0 on
     * the same port whichever is bound first; the error names the listener it collides with.
     */
    @Test
    public void ipv6AnyAndIpv4AnyCollideEitherWayRoundWithTheReasonGiven() throws Exception {
        assumeIpv6();
        for (String transport : List.of("udp", "tcp")) {
            for (String[] order : List.of(new String[] {"::", "0.0.0.0"}, new String[] {"0.0.0.0", "::"})) {
                int port = freePort("::", "0.0.0.0");
                SipProvider first = open(order[0], port, transport);
                assertAnswered(transport, new InetSocketAddress("127.0.0.1", port), first);
                InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                        () -> stack.createListeningPoint(order[1], port, transport));
                Throwable root = rootCause(e);
                assertTrue(root.toString(), root instanceof BindException);
                String message = root.getMessage();
                assertTrue(message, message.startsWith("Address already in use"));
                String other = "::".equals(order[0]) ? "[::]:" : "0.0.0.0:";
                assertTrue(message, message.contains("collides with this stack's " + other + port + "/" + transport + " listener"));
                assertTrue(message, message.contains("IPV6_V6ONLY"));
                close(first);
                // The failed bind left nothing behind (NIST alone keeps a dead TCP listening point): once the port is
                // free, the same bind gets a real listener.
                SipProvider retried = open(order[1], port, transport);
                assertAnswered(transport, new InetSocketAddress("127.0.0.1", port), retried);
                close(retried);
            }
        }
    }

    /**
     * An IPv4 socket cannot send to an IPv6 address (nor could pjproject's): the send fails as an I/O error, not as
     * NIST's "Unexpected internal error".
     */
    @Test
    public void ipv4TransportSendingToIpv6IsAnIoError() throws Exception {
        assumeIpv6();
        int port = freePort("0.0.0.0");
        SipProvider provider = open("0.0.0.0", port, "udp");
        assertAnswered("udp", new InetSocketAddress("127.0.0.1", port), provider); // and its receiving thread is up
        Request request = messages.createRequest("OPTIONS sip:probe@[::1]:9;transport=udp SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE) + "\r\n"
                + "From: <sip:asterism@127.0.0.1>;tag=1\r\nTo: <sip:probe@[::1]>\r\nCall-ID: v4-to-v6@127.0.0.1\r\n"
                + "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
        SipException e = assertThrows(SipException.class, () -> provider.sendRequest(request));
        String message = rootCause(e).getMessage();
        assertTrue(message, message.contains("IPv4 socket 0.0.0.0:" + port + " cannot send to IPv6 address [::1]:9"));
    }

    // --- helpers

    private void bothFamiliesAnswer(String transport, String firstBind, String secondBind) throws Exception {
        assumeIpv6();
        int port = freePort(firstBind, secondBind);
        SipProvider first = open(firstBind, port, transport);
        SipProvider second = open(secondBind, port, transport);
        SipProvider ipv4 = InetAddress.getByName(firstBind) instanceof Inet4Address ? first : second;
        SipProvider ipv6 = ipv4 == first ? second : first;
        assertAnswered(transport, new InetSocketAddress("127.0.0.1", port), ipv4);
        assertAnswered(transport, new InetSocketAddress("::1", port), ipv6);
        close(first);
        close(second);
    }

    private SipProvider open(String address, int port, String transport) throws Exception {
        ListeningPoint point = stack.createListeningPoint(address, port, transport);
        SipProvider provider = stack.createSipProvider(point);
        provider.setAutomaticDialogSupportEnabled(false);
        provider.addSipListener(recorder);
        return provider;
    }

    /**
     * As SipStackHolder.close does: the socket is closed and the port free again. NIST's TCP processor can throw an
     * NPE from stop() for a channel still being set up; SipStackHolder logs that and goes on, and so does this.
     */
    private void close(SipProvider provider) throws Exception {
        ListeningPoint point = provider.getListeningPoint();
        provider.removeSipListener(recorder);
        try {
            stack.deleteSipProvider(provider);
        } catch (RuntimeException nistStopRace) {
            // the listening point below is deleted all the same
        }
        stack.deleteListeningPoint(point);
    }

    /** Sends an OPTIONS to {@code server}, sees the stack deliver it through {@code expected}, and reads the 200 back. */
    private void assertAnswered(String transport, InetSocketAddress server, SipProvider expected) throws Exception {
        recorder.events.clear();
        Exchange exchange = "udp".equals(transport) ? overUdp(server) : overTcp(server);
        String where = transport + " to " + hostPort(server);
        assertTrue(where + ": " + exchange.response(), exchange.response().startsWith("SIP/2.0 200 "));
        Delivery delivery = exchange.delivery();
        assertNotNull("no RequestEvent for " + where, delivery);
        assertEquals(Request.OPTIONS, delivery.request().getMethod());
        assertSame(where + " arrived on " + delivery.provider().getListeningPoint().getIPAddress(), expected, delivery.provider());
        if (delivery.failure() != null) {
            throw new AssertionError("the listener could not answer " + where, delivery.failure());
        }
    }

    private static String request(String transport, InetSocketAddress server, InetSocketAddress client) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return "OPTIONS sip:probe@" + hostPort(server) + ";transport=" + transport + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport.toUpperCase() + " " + hostPort(client) + ";rport;branch=z9hG4bK" + id + "\r\n"
                + "From: <sip:tester@" + hostPort(client) + ">;tag=" + id + "\r\n"
                + "To: <sip:probe@" + hostPort(server) + ">\r\n"
                + "Call-ID: " + id + "@family-test\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private Exchange overUdp(InetSocketAddress server) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(server.getAddress(), 0))) {
            socket.setSoTimeout(5000);
            byte[] bytes = request("udp", server, (InetSocketAddress) socket.getLocalSocketAddress()).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, server));
            byte[] buffer = new byte[65536];
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    return new Exchange("(no response in 5 s)", recorder.events.poll(1, TimeUnit.SECONDS));
                }
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                if (!text.startsWith("SIP/2.0 1")) {
                    return new Exchange(text, recorder.events.poll(5, TimeUnit.SECONDS));
                }
            }
        }
    }

    /**
     * The connection stays open until the listener's {@code sendResponse} has returned: NIST has a race of its own
     * (with plain sockets too) when the peer hangs up meanwhile, and a real peer keeps its connection anyway.
     */
    private Exchange overTcp(InetSocketAddress server) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(server.getAddress(), 0));
            socket.connect(server, 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request("tcp", server, (InetSocketAddress) socket.getLocalSocketAddress()).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String response;
            do {
                try {
                    response = readHead(in); // OPTIONS answered with Content-Length: 0: the head is the whole message
                } catch (SocketTimeoutException e) {
                    response = "(no response in 5 s)";
                }
                if (response == null) {
                    response = "(connection closed without a response)";
                }
            } while (response.startsWith("SIP/2.0 1"));
            return new Exchange(response, recorder.events.poll(5, TimeUnit.SECONDS));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                return head.toString();
            }
        }
        return null;
    }

    private static String hostPort(InetSocketAddress address) {
        return FamilyBoundNetworkLayer.text(address);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void assumeIpv6() {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET6)) {
            probe.bind(new InetSocketAddress("::1", 0));
        } catch (IOException | UnsupportedOperationException e) {
            Assume.assumeNoException("no IPv6 loopback here", e);
        }
    }

    /** A port each of {@code binds} can take, UDP and TCP, in its own family (one at a time: [::] and 0.0.0.0 clash). */
    private static int freePort(String... binds) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocketChannel probe = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
                probe.bind(new InetSocketAddress("127.0.0.1", 0));
                port = probe.socket().getLocalPort();
            }
            if (allBind(port, binds)) {
                return port;
            }
        }
        throw new IOException("no port free for " + String.join(", ", binds));
    }

    private static boolean allBind(int port, String... binds) throws IOException {
        for (String bind : binds) {
            InetSocketAddress address = new InetSocketAddress(bind, port);
            List<NetworkChannel> channels = new ArrayList<>();
            try {
                channels.add(DatagramChannel.open(FamilyBoundNetworkLayer.familyOf(address.getAddress())).bind(address));
                channels.add(ServerSocketChannel.open(FamilyBoundNetworkLayer.familyOf(address.getAddress())).bind(address));
            } catch (BindException e) {
                return false;
            } finally {
                for (NetworkChannel channel : channels) {
                    channel.close();
                }
            }
        }
        return true;
    }

    private record Exchange(String response, Delivery delivery) {
    }

    /** A request as the listener saw it, and what answering it threw, if anything. */
    private record Delivery(SipProvider provider, Request request, Exception failure) {
    }

    /** Records each request with the provider it came through, and answers it 200 as the core would. */
    private final class Recorder implements SipListener {

        final BlockingQueue<Delivery> events = new LinkedBlockingQueue<>();

        @Override
        public void processRequest(RequestEvent event) {
            SipProvider provider = (SipProvider) event.getSource();
            Request request = event.getRequest();
            Exception failure = null;
            try {
                Response ok = messages.createResponse(Response.OK, request);
                provider.getNewServerTransaction(request).sendResponse(ok);
            } catch (Exception e) {
                failure = e;
            }
            events.add(new Delivery(provider, request, failure));
        }

        @Override
        public void processResponse(ResponseEvent event) {
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
        }

        @Override
        public void processIOException(IOExceptionEvent event) {
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent event) {
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent event) {
        }
    }
}
