package org.asterism.sip.core.internal.pipeline;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** A SIP peer for tests: sends raw requests over UDP on loopback and reads what comes back. */
final class UdpPeer implements AutoCloseable {

    private final DatagramSocket socket;
    private final InetSocketAddress server;

    UdpPeer(InetSocketAddress server) throws IOException {
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(2000);
    }

    /** A minimal valid request of the given method from this peer. */
    String request(String method, String... extraHeaders) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        StringBuilder text = new StringBuilder()
                .append(method).append(" sip:").append(server.getAddress().getHostAddress()).append(':').append(server.getPort()).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:").append(socket.getLocalPort()).append(";branch=z9hG4bK").append(id).append("\r\n")
                .append("From: <sip:tester@127.0.0.1>;tag=").append(id).append("\r\n")
                .append("To: <sip:server@127.0.0.1>\r\n")
                .append("Call-ID: ").append(id).append("@127.0.0.1\r\n")
                .append("CSeq: 1 ").append(method).append("\r\n")
                .append("Max-Forwards: 70\r\n");
        for (String header : extraHeaders) {
            text.append(header).append("\r\n");
        }
        return text.append("Content-Length: 0\r\n\r\n").toString();
    }

    int localPort() {
        return socket.getLocalPort();
    }

    void send(String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, server));
    }

    /** The next final response, skipping provisional ones; empty if none came within two seconds. */
    Optional<String> finalResponse() throws IOException {
        byte[] buffer = new byte[65536];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (!text.startsWith("SIP/2.0 1")) {
                return Optional.of(text);
            }
        }
    }

    String exchange(String method, String... extraHeaders) throws IOException {
        send(request(method, extraHeaders));
        return finalResponse().orElseThrow(() -> new AssertionError("no answer to " + method));
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(8, 11));
    }

    static Optional<String> header(String response, String name) {
        for (String line : response.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return Optional.of(line.substring(colon + 1).trim());
            }
        }
        return Optional.empty();
    }

    /** The comma-separated values of every header line with this name, trimmed, in order. */
    static java.util.List<String> values(String response, String name) {
        java.util.List<String> values = new java.util.ArrayList<>();
        for (String line : response.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                for (String value : line.substring(colon + 1).split(",")) {
                    if (!value.isBlank()) {
                        values.add(value.trim());
                    }
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        socket.close();
    }
}
