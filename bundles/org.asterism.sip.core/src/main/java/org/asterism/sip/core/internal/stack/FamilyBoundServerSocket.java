package org.asterism.sip.core.internal.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.util.Set;

/**
 * A TCP listening socket of one protocol family, for JAIN-SIP: the blocking adaptor of a {@link ServerSocketChannel},
 * with one difference. Once closed, the adaptor's {@code accept()} throws {@link ClosedChannelException} (or
 * {@code AsynchronousCloseException} when the close interrupts it), where {@code java.net.ServerSocket} throws
 * {@link SocketException}. NIST's TCP accept loop ends on a {@code SocketException} but logs and retries on any other
 * {@code IOException}, so it gets a {@code SocketException} here, as from a plain {@code ServerSocket}.
 *
 * <p>Accepted connections are the channel's own {@code Socket} adaptors: NIST reads and writes them through their
 * streams from different threads, which the JDK 17 adaptors allow.
 */
final class FamilyBoundServerSocket extends ServerSocket {

    private final ServerSocketChannel channel;
    private final ServerSocket adaptor;

    /** Takes over a bound channel. */
    FamilyBoundServerSocket(ServerSocketChannel channel) throws IOException {
        super(); // unbound and not created: opens nothing; every public method below goes to the channel's adaptor
        this.channel = channel;
        this.adaptor = channel.socket();
    }

    @Override
    public Socket accept() throws IOException {
        try {
            return adaptor.accept();
        } catch (ClosedChannelException e) {
            SocketException closed = new SocketException("Socket is closed");
            closed.initCause(e);
            throw closed;
        }
    }

    @Override
    public void bind(SocketAddress endpoint) throws IOException {
        adaptor.bind(endpoint);
    }

    @Override
    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        adaptor.bind(endpoint, backlog);
    }

    @Override
    public java.net.InetAddress getInetAddress() {
        return adaptor.getInetAddress();
    }

    @Override
    public int getLocalPort() {
        return adaptor.getLocalPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return adaptor.getLocalSocketAddress();
    }

    @Override
    public void close() throws IOException {
        adaptor.close();
    }

    @Override
    public ServerSocketChannel getChannel() {
        return channel;
    }

    @Override
    public boolean isBound() {
        return adaptor.isBound();
    }

    @Override
    public boolean isClosed() {
        return adaptor.isClosed();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        adaptor.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws IOException {
        return adaptor.getSoTimeout();
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        adaptor.setReuseAddress(on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return adaptor.getReuseAddress();
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        adaptor.setReceiveBufferSize(size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return adaptor.getReceiveBufferSize();
    }

    @Override
    public void setPerformancePreferences(int connectionTime, int latency, int bandwidth) {
        adaptor.setPerformancePreferences(connectionTime, latency, bandwidth);
    }

    @Override
    public <T> ServerSocket setOption(SocketOption<T> name, T value) throws IOException {
        adaptor.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return adaptor.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return adaptor.supportedOptions();
    }

    @Override
    public String toString() {
        return adaptor.toString();
    }
}
