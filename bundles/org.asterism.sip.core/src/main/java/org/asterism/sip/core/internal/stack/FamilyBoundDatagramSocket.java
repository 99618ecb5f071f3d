package org.asterism.sip.core.internal.stack;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.nio.channels.DatagramChannel;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Arrays;
import java.util.Set;

/**
 * A UDP listening socket of one protocol family, for JAIN-SIP: the blocking adaptor of a {@link DatagramChannel},
 * with one difference. Sending from an IPv4 socket to an IPv6 address makes the adaptor throw the unchecked
 * {@link UnsupportedAddressTypeException}, which NIST's UDP channel turns into "Unexpected internal error", a stack
 * trace on stderr and a {@code RuntimeException} out of {@code sendRequest}/{@code sendResponse}; here it is a
 * {@link SocketException} naming both addresses, which NIST reports as it does any I/O error.
 */
final class FamilyBoundDatagramSocket extends DatagramSocket {

    private final DatagramChannel channel;
    private final DatagramSocket adaptor;
    private final byte[] receiveBuffer = new byte[65536];
    private final DatagramPacket received = new DatagramPacket(receiveBuffer, receiveBuffer.length);

    /** Takes over a bound channel. */
    FamilyBoundDatagramSocket(DatagramChannel channel) throws SocketException {
        // DatagramSocket has no constructor that opens nothing but the one taking an impl; this one opens an unbound
        // socket, closed at once. Every public method below goes to the channel's adaptor instead.
        super((SocketAddress) null);
        super.close();
        this.channel = channel;
        this.adaptor = channel.socket();
    }

    @Override
    public void send(DatagramPacket p) throws IOException {
        try {
            adaptor.send(p);
        } catch (UnsupportedAddressTypeException e) {
            InetAddress to = p.getAddress();
            SocketException clear = new SocketException("IPv4 socket " + local() + " cannot send to IPv6 address "
                    + (to == null ? "?" : FamilyBoundNetworkLayer.text(new InetSocketAddress(to, p.getPort())))
                    + ": use a transport bound to an IPv6 address");
            clear.addSuppressed(e); // not the cause: the core logs the root cause, and this message is the one to read
            throw clear;
        }
    }

    /**
     * Receives into one buffer kept for the purpose and hands NIST an array of the datagram's own size. NIST gives
     * every receive a fresh 64 KB array (to take datagrams up to the UDP maximum, as pjsip's 65535) and queues the
     * packet with it until a SIP thread takes it: under load that kept megabytes of mostly empty arrays alive
     * across young collections, which then took 100-200 ms each.
     */
    @Override
    public void receive(DatagramPacket p) throws IOException {
        synchronized (received) { // NIST reads each socket from one thread; this only keeps the buffer safe if not
            received.setData(receiveBuffer);
            adaptor.receive(received);
            p.setData(Arrays.copyOf(receiveBuffer, received.getLength()));
            p.setSocketAddress(received.getSocketAddress());
        }
    }

    private String local() {
        SocketAddress local = adaptor.getLocalSocketAddress();
        return local instanceof InetSocketAddress isa ? FamilyBoundNetworkLayer.text(isa) : String.valueOf(local);
    }

    @Override
    public void bind(SocketAddress addr) throws SocketException {
        adaptor.bind(addr);
    }

    @Override
    public void connect(InetAddress address, int port) {
        adaptor.connect(address, port);
    }

    @Override
    public void connect(SocketAddress addr) throws SocketException {
        adaptor.connect(addr);
    }

    @Override
    public void disconnect() {
        adaptor.disconnect();
    }

    @Override
    public boolean isBound() {
        return adaptor.isBound();
    }

    @Override
    public boolean isConnected() {
        return adaptor.isConnected();
    }

    @Override
    public InetAddress getInetAddress() {
        return adaptor.getInetAddress();
    }

    @Override
    public int getPort() {
        return adaptor.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return adaptor.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return adaptor.getLocalSocketAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return adaptor.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return adaptor.getLocalPort();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        adaptor.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return adaptor.getSoTimeout();
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        adaptor.setSendBufferSize(size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return adaptor.getSendBufferSize();
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
    public void setReuseAddress(boolean on) throws SocketException {
        adaptor.setReuseAddress(on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return adaptor.getReuseAddress();
    }

    @Override
    public void setBroadcast(boolean on) throws SocketException {
        adaptor.setBroadcast(on);
    }

    @Override
    public boolean getBroadcast() throws SocketException {
        return adaptor.getBroadcast();
    }

    @Override
    public void setTrafficClass(int tc) throws SocketException {
        adaptor.setTrafficClass(tc);
    }

    @Override
    public int getTrafficClass() throws SocketException {
        return adaptor.getTrafficClass();
    }

    @Override
    public void close() {
        adaptor.close();
    }

    @Override
    public boolean isClosed() {
        return adaptor.isClosed();
    }

    @Override
    public DatagramChannel getChannel() {
        return channel;
    }

    @Override
    public <T> DatagramSocket setOption(SocketOption<T> name, T value) throws IOException {
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
    public void joinGroup(SocketAddress group, NetworkInterface ni) throws IOException {
        adaptor.joinGroup(group, ni);
    }

    @Override
    public void leaveGroup(SocketAddress group, NetworkInterface ni) throws IOException {
        adaptor.leaveGroup(group, ni);
    }

    @Override
    public String toString() {
        return "udp " + (adaptor.getLocalAddress() instanceof Inet4Address ? "IPv4 " : "IPv6 ") + local();
    }
}
