package org.asterism.itests;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sends one out-of-dialog request (OPTIONS by default) to the server on 127.0.0.1 and waits for its final
 * response: a quick "is it answering?" check that needs no SIPp.
 */
public final class OptionsPing {


    private OptionsPing() {
    }

    /** The request text for {@code method} from 127.0.0.1:{@code localPort} to the server. */
    public static String request(String method, String transport, int localPort, int serverPort, String callId) {
        String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        String server = AsterismTestSupport.SERVER_HOST + ":" + serverPort;
        return method + " sip:" + server + " SIP/2.0\r\n"
            + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + localPort + ";branch=" + branch + ";rport\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:itest@127.0.0.1>;tag=" + Long.toHexString(System.nanoTime()) + "\r\n"
            + "To: <sip:" + server + ">\r\n"
            + "Call-ID: " + callId + "\r\n"
            + "CSeq: 1 " + method + "\r\n"
            + "Contact: <sip:itest@127.0.0.1:" + localPort + ">\r\n"
            + "Accept: application/sdp\r\n"
            + "User-Agent: asterism-itests\r\n"
            + "Content-Length: 0\r\n\r\n";
    }

    /** OPTIONS over UDP from a fresh socket; null when no final response came within {@code timeout}. */
    public static SipResponse udp(int serverPort, Duration timeout) throws IOException {
        return udpFrom(AsterismTestSupport.SERVER_HOST, serverPort, timeout);
    }

    /** As {@link #udp(int, Duration)}, sent from another loopback address such as 127.0.0.3. */
    public static SipResponse udpFrom(String loopbackAddress, int serverPort, Duration timeout) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopbackAddress, 0))) {
            return udp(socket, "OPTIONS", serverPort, timeout, stray -> { });
        }
    }

    /**
     * {@code method} over UDP from {@code socket}; returns the final response carrying this request's Call-ID,
     * handing every other datagram received meanwhile to {@code strays}; null on timeout.
     */
    public static SipResponse udp(DatagramSocket socket, String method, int serverPort, Duration timeout,
            Consumer<String> strays) throws IOException {
        String callId = UUID.randomUUID() + "@127.0.0.1";
        byte[] bytes = request(method, "UDP", socket.getLocalPort(), serverPort, callId).getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(AsterismTestSupport.SERVER_HOST), serverPort));
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[65535];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) left);
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return null;
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            SipResponse response = SipResponse.parse(text);
            if (response != null && callId.equals(response.header("Call-ID")) && response.status() >= 200) {
                return response;
            }
            if (response == null || !callId.equals(response.header("Call-ID"))) {
                strays.accept(text);
            }
        }
    }

    /**
     * OPTIONS over TCP; null when the connection was accepted but no final response came within {@code timeout}.
     *
     * @throws java.net.ConnectException when nothing listens on the port
     */
    public static SipResponse tcp(int serverPort, Duration timeout) throws IOException {
        return tcp("OPTIONS", serverPort, timeout);
    }

    public static SipResponse tcp(String method, int serverPort, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(AsterismTestSupport.SERVER_HOST, serverPort), (int) timeout.toMillis());
            String callId = UUID.randomUUID() + "@127.0.0.1";
            socket.getOutputStream().write(
                request(method, "TCP", socket.getLocalPort(), serverPort, callId).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            long deadline = System.nanoTime() + timeout.toNanos();
            InputStream in = socket.getInputStream();
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return null;
                }
                socket.setSoTimeout((int) left);
                String message;
                try {
                    message = SipFraming.read(in);
                } catch (SocketTimeoutException e) {
                    return null;
                }
                if (message == null) {
                    return null; // closed by the server
                }
                SipResponse response = SipResponse.parse(message);
                if (response != null && callId.equals(response.header("Call-ID")) && response.status() >= 200) {
                    return response;
                }
            }
        }
    }

    /** True when a TCP connection to the port is refused (nothing listening). */
    public static boolean tcpRefused(int serverPort) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(AsterismTestSupport.SERVER_HOST, serverPort), 1000);
            return false;
        } catch (java.net.ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
