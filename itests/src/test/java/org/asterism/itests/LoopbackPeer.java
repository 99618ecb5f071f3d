package org.asterism.itests;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A SIP peer on 127.0.0.1 that sends over UDP and listens on the same port number for both UDP and TCP,
 * so it sees the server's answer whichever way RFC 3261 §18.2.2 makes it go (a request whose Via names
 * TCP may be answered on a new TCP connection to the sent-by port). It only ever sends to 127.0.0.1.
 */
public final class LoopbackPeer implements Closeable {

    /** One message received, and how. */
    public static final class Received {
        public final String text;
        public final String transport;

        Received(String text, String transport) {
            this.text = text;
            this.transport = transport;
        }
    }

    private static final InetAddress LOOPBACK = loopback();

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName(AsterismTestSupport.SERVER_HOST);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binds UDP and TCP on one free port of 127.0.0.1 and starts listening on both. */
    public LoopbackPeer() throws IOException {
        DatagramSocket[] udpSocket = new DatagramSocket[1];
        this.tcp = bindBoth(udpSocket);
        this.udp = udpSocket[0];
        start();
    }

    private static ServerSocket bindBoth(DatagramSocket[] udpSocket) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            DatagramSocket candidate = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
            try {
                ServerSocket listener = new ServerSocket();
                listener.bind(new InetSocketAddress(LOOPBACK, candidate.getLocalPort()), 4);
                udpSocket[0] = candidate;
                return listener;
            } catch (IOException busy) {
                candidate.close();
                last = busy;
            }
        }
        throw new IOException("no port free for both UDP and TCP on 127.0.0.1", last);
    }

    private void start() {
        Thread udpReader = new Thread(() -> {
            byte[] buffer = new byte[65535];
            while (!closed) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    udp.receive(packet);
                    inbox.add(new Received(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8), "UDP"));
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "loopback-peer-udp-" + port());
        Thread tcpAcceptor = new Thread(() -> {
            while (!closed) {
                try (Socket connection = tcp.accept()) {
                    connection.setSoTimeout(2000);
                    InputStream in = connection.getInputStream();
                    String message;
                    while ((message = SipFraming.read(in)) != null) {
                        inbox.add(new Received(message, "TCP"));
                    }
                } catch (IOException e) {
                    if (closed) {
                        return;
                    }
                }
            }
        }, "loopback-peer-tcp-" + port());
        udpReader.setDaemon(true);
        tcpAcceptor.setDaemon(true);
        udpReader.start();
        tcpAcceptor.start();
    }

    public int port() {
        return udp.getLocalPort();
    }

    /** Sends a datagram to 127.0.0.1:{@code serverPort}. */
    public void sendUdp(byte[] bytes, int serverPort) throws IOException {
        udp.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, serverPort));
    }

    /** The next message received over either transport, or null after {@code timeout}. */
    public Received next(Duration timeout) {
        try {
            return inbox.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
