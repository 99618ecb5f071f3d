package org.asterism.sip.core.internal.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A SIP peer for tests on a loopback UDP socket: it keeps every request it receives and, while {@link #answering},
 * answers each with a final response of {@link #status} (or what {@link #answers} says), headers copied as RFC 3261
 * §8.2.6 says.
 */
public final class LoopbackUas implements AutoCloseable {

    /** A final response to send: its status and extra header lines ("WWW-Authenticate: Digest ..."). */
    public record Answer(int status, List<String> headers) {
        public Answer(int status, String... headers) {
            this(status, List.of(headers));
        }
    }

    public volatile boolean answering = true;
    public volatile int status = 200;
    /** When set, chooses the answer to each request from its text (null: no answer) instead of {@link #status}. */
    public volatile Function<String, Answer> answers;
    private final DatagramSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread reader;

    public LoopbackUas() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        reader = new Thread(this::serve, "loopback-uas");
        reader.setDaemon(true);
        reader.start();
    }

    /** "sip:peer@127.0.0.1:port", where it listens. */
    public String uri() {
        return "sip:peer@127.0.0.1:" + socket.getLocalPort();
    }

    /** Every request received so far, retransmissions included. */
    public List<String> received() {
        return List.copyOf(received);
    }

    private void serve() {
        byte[] buffer = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                continue;
            }
            String request = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (request.startsWith("SIP/2.0")) {
                continue;
            }
            received.add(request);
            Function<String, Answer> chooser = answers;
            Answer chosen = chooser == null ? new Answer(status) : chooser.apply(request);
            if (answering && chosen != null) {
                byte[] answer = answer(request, chosen.status(), chosen.headers()).getBytes(StandardCharsets.UTF_8);
                try {
                    socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                } catch (IOException e) {
                    // the test will notice the missing answer
                }
            }
        }
    }

    static String answer(String request, int status) {
        return answer(request, status, List.of());
    }

    static String answer(String request, int status, List<String> headers) {
        StringBuilder response = new StringBuilder("SIP/2.0 ").append(status).append(status == 200 ? " OK" : " Whatever").append("\r\n");
        for (String line : request.split("\r\n")) {
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase() : "";
            switch (name) {
                case "via", "v", "from", "f", "call-id", "i", "cseq" -> response.append(line).append("\r\n");
                case "to", "t" -> response.append(line).append(";tag=uas1\r\n");
                default -> {
                }
            }
        }
        headers.forEach(header -> response.append(header).append("\r\n"));
        return response.append("Content-Length: 0\r\n\r\n").toString();
    }

    /** The first value of a header in a message, or null. */
    public static String header(String message, String name) {
        for (String line : message.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.close();
    }
}
