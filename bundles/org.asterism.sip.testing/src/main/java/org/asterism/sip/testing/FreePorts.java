package org.asterism.sip.testing;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports for tests that listen on both UDP and TCP: a port free for TCP is not always free for UDP. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A loopback port that both a UDP and a TCP socket could bind just now. */
    public static int udpAndTcp() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
                    ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, loopback)) {
                return tcp.getLocalPort();
            } catch (BindException taken) {
                // its TCP twin is in use: try another
            }
        }
        throw new IOException("no loopback port free for both UDP and TCP after 50 tries");
    }
}
