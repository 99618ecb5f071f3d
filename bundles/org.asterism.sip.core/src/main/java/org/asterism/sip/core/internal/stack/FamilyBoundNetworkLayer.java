package org.asterism.sip.core.internal.stack;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.sip.ListeningPoint;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;

/**
 * JAIN-SIP's network layer, except that listening sockets are opened in their bind address's own protocol family,
 * as pjproject does: an IPv4 bind gets an AF_INET socket, an IPv6 bind an AF_INET6 one.
 *
 * <p>{@code new DatagramSocket(port, addr)} and {@code new ServerSocket(...)}, which NIST's default layer uses, always
 * open a dual-stack AF_INET6 socket, and bind 0.0.0.0 as [::]. So the common pjsip.conf pair
 * {@code bind=0.0.0.0:5060} + {@code bind=[::1]:5060} collided with "Address already in use" where Asterisk binds
 * both. Here the socket comes from {@link DatagramChannel#open(ProtocolFamily)} or
 * {@link ServerSocketChannel#open(ProtocolFamily)} and is used through its blocking {@code socket()} adaptor.
 *
 * <p>Consequences, as in pjproject: a transport on 0.0.0.0 or an IPv4 address no longer receives IPv6 traffic, and
 * its UDP socket cannot send to IPv6 peers (the send fails with an {@link IOException} naming both addresses). A
 * transport on [::] is still dual-stack: the JDK clears IPV6_V6ONLY on every IPv6 socket and offers no way to set it,
 * so [::]:P needs IPv4 port P as well and collides with any IPv4 bind on P, in either order; the bind error then says
 * so, naming this stack's listener it collides with.
 *
 * <p>Everything else goes to the layer JAIN-SIP chose ({@code DefaultNetworkLayer}, or {@code SslNetworkLayer} when
 * a key store is configured). Client sockets (outgoing TCP/TLS connections, NIST's unbound UDP senders) take
 * ephemeral ports, so never collide, and stay dual-stack: an outgoing TCP connection from an IPv4 transport can still
 * reach an IPv6 peer. Multicast and TLS listeners stay dual-stack too: NIST needs a real {@link SSLServerSocket} for
 * TLS, which only the JSSE factory makes, so an IPv4 and an IPv6 TLS transport on one port still collide.
 */
final class FamilyBoundNetworkLayer implements NetworkLayer {

    private final NetworkLayer delegate;
    private final Supplier<? extends Collection<? extends ListeningPoint>> listeningPoints;

    /**
     * @param delegate the layer JAIN-SIP chose, for client sockets, multicast and TLS
     * @param listeningPoints the stack's open listening points, only to name the other half of a dual-stack collision
     */
    FamilyBoundNetworkLayer(NetworkLayer delegate, Supplier<? extends Collection<? extends ListeningPoint>> listeningPoints) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.listeningPoints = Objects.requireNonNull(listeningPoints, "listeningPoints");
    }

    static ProtocolFamily familyOf(InetAddress address) {
        return address instanceof Inet4Address ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress laddr) throws SocketException {
        if (laddr == null || laddr.isMulticastAddress()) {
            return delegate.createDatagramSocket(port, laddr);
        }
        InetSocketAddress local = new InetSocketAddress(laddr, port);
        DatagramChannel channel;
        try {
            channel = DatagramChannel.open(familyOf(laddr));
        } catch (UnsupportedOperationException e) {
            throw unavailable(local, "udp", e);
        } catch (IOException e) {
            throw socketException(e);
        }
        try {
            channel.bind(local);
            return new FamilyBoundDatagramSocket(channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            throw socketException(explained(e, local, "udp"));
        }
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        if (bindAddress == null) {
            return delegate.createServerSocket(port, backlog, bindAddress);
        }
        InetSocketAddress local = new InetSocketAddress(bindAddress, port);
        ServerSocketChannel channel;
        try {
            channel = ServerSocketChannel.open(familyOf(bindAddress));
        } catch (UnsupportedOperationException e) {
            throw unavailable(local, "tcp", e);
        }
        try {
            // SO_REUSEADDR is already on, as for java.net.ServerSocket; backlog <= 0 means the JDK default (50) for both.
            channel.bind(local, backlog);
            return new FamilyBoundServerSocket(channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            throw explained(e, local, "tcp");
        }
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return delegate.createDatagramSocket();
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return delegate.createSocket(address, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        return delegate.createSocket(address, port, localAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort) throws IOException {
        return delegate.createSocket(address, port, myAddress, myPort);
    }

    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return delegate.createSSLServerSocket(port, backlog, bindAddress);
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        return delegate.createSSLSocket(address, port);
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        return delegate.createSSLSocket(address, port, localAddress);
    }

    @Override
    public void setSipStack(SipStackImpl sipStackImpl) {
        delegate.setSipStack(sipStackImpl);
    }

    /** "[::1]:5060", "0.0.0.0:5060": the bind as pjsip.conf writes it. */
    static String text(InetSocketAddress address) {
        InetAddress host = address.getAddress();
        return (host instanceof Inet4Address ? host.getHostAddress() : '[' + compressed(host.getHostAddress()) + ']') + ':' + address.getPort();
    }

    /** RFC 5952 text for the JDK's "0:0:0:0:0:0:0:1": the longest run of two or more zero groups becomes "::". */
    private static String compressed(String full) {
        int percent = full.indexOf('%');
        String scope = percent < 0 ? "" : full.substring(percent);
        String[] groups = (percent < 0 ? full : full.substring(0, percent)).split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return String.join(":", groups) + scope;
        }
        return String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length)) + scope;
    }

    /**
     * A bind failure, with the case the JDK cannot help named: an IPv6 wildcard socket is dual-stack (Java clears
     * IPV6_V6ONLY on every AF_INET6 socket and offers no way to set it), so [::]:P also takes IPv4 port P. When the
     * other half of such a pair is one of this stack's own listening points, the message says which. The result is
     * the root of its cause chain, as the core logs the root cause; the JDK's exception is kept as suppressed.
     */
    private IOException explained(Exception e, InetSocketAddress local, String protocol) {
        if (!(e instanceof BindException)) {
            return e instanceof IOException io ? io : new SocketException(e + ": " + text(local) + "/" + protocol);
        }
        InetAddress address = local.getAddress();
        boolean ipv6Any = address.isAnyLocalAddress() && !(address instanceof Inet4Address);
        String why = "Java opens [::] dual-stack (the JDK cannot set IPV6_V6ONLY), so [::]:" + local.getPort()
                + " also takes IPv4 port " + local.getPort();
        String message;
        if (ipv6Any) {
            String sharer = openSharer(local.getPort(), protocol, true);
            message = sharer == null
                    ? e.getMessage() + ": " + text(local) + "/" + protocol + " (" + why + ", which must be free as well)"
                    : e.getMessage() + ": " + text(local) + "/" + protocol + " collides with " + sharer + ": " + why
                            + ". A [::] transport already serves IPv4: drop the IPv4 one on this port, or bind the IPv6 one to a specific address";
        } else {
            String sharer = address instanceof Inet4Address ? openSharer(local.getPort(), protocol, false) : null;
            if (sharer == null) {
                return (IOException) e;
            }
            message = e.getMessage() + ": " + text(local) + "/" + protocol + " collides with " + sharer + ": " + why
                    + ". That transport already serves IPv4: drop this one, or bind the IPv6 one to a specific address";
        }
        BindException clear = new BindException(message);
        clear.addSuppressed(e);
        return clear;
    }

    /**
     * One of this stack's listening points on {@code port} over the same kind of socket (datagram for udp, stream
     * for the rest) that a bind there collides with: an IPv4 one when binding [::], the [::] one when binding IPv4.
     */
    private String openSharer(int port, String protocol, boolean wantIpv4) {
        boolean datagram = "udp".equalsIgnoreCase(protocol);
        for (ListeningPoint point : listeningPoints.get()) {
            if (point.getPort() != port || datagram != "udp".equalsIgnoreCase(point.getTransport())) {
                continue;
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(point.getIPAddress()); // a literal: no lookup
            } catch (UnknownHostException | RuntimeException e) {
                continue;
            }
            boolean match = wantIpv4 ? address instanceof Inet4Address : address.isAnyLocalAddress() && !(address instanceof Inet4Address);
            if (match) {
                return "this stack's " + text(new InetSocketAddress(address, port)) + "/" + point.getTransport().toLowerCase(Locale.ROOT) + " listener";
            }
        }
        return null;
    }

    private static SocketException unavailable(InetSocketAddress local, String protocol, UnsupportedOperationException e) {
        SocketException unavailable = new SocketException("IPv6 is not available to this JVM (" + e.getMessage() + "), cannot bind " + text(local) + "/" + protocol);
        unavailable.addSuppressed(e);
        return unavailable;
    }

    private static SocketException socketException(IOException e) {
        if (e instanceof SocketException se) {
            return se;
        }
        SocketException wrapped = new SocketException(e.getMessage());
        wrapped.initCause(e);
        return wrapped;
    }

    private static void closeQuietly(NetworkChannel channel, Exception failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
