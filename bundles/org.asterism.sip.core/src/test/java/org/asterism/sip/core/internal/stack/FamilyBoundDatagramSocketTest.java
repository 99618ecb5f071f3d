package org.asterism.sip.core.internal.stack;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;

import org.junit.Test;

public class FamilyBoundDatagramSocketTest {

    /** What NIST queues per datagram is the datagram's own bytes, whatever it sized the packet for; any size arrives whole. */
    @Test
    public void eachDatagramArrivesWholeInAnArrayOfItsOwnSizeWithItsSender() throws Exception {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try (FamilyBoundDatagramSocket server = new FamilyBoundDatagramSocket(channel);
                DatagramSocket peer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.setSoTimeout(5000);
            for (int size : new int[] { 480, 65_000, 12 }) {
                byte[] sent = new byte[size];
                Arrays.fill(sent, (byte) (size % 251));
                peer.send(new DatagramPacket(sent, sent.length, server.getLocalSocketAddress()));
                DatagramPacket packet = new DatagramPacket(new byte[65536], 65536); // as NIST sizes it
                server.receive(packet);
                assertEquals(size, packet.getLength());
                assertEquals("no 64 KB array kept for a small datagram", size, packet.getData().length);
                assertArrayEquals(sent, packet.getData());
                assertEquals(peer.getLocalSocketAddress(), packet.getSocketAddress());
            }
        }
    }
}
