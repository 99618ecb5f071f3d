package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.BitSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out RTP/RTCP port pairs from the configured range, as res_rtp_asterisk does: an even RTP port from a random
 * place in the range upwards, wrapping round, RTCP on the port above; a pair something else holds is skipped. Ports
 * are remembered until their session has really let go of them, so a pair being closed is not offered again early.
 */
final class PortAllocator {

    /** Two bound, non-blocking channels on port and port + 1. */
    record BoundPorts(DatagramChannel rtp, DatagramChannel rtcp, int port) {
    }

    private final BitSet inUse = new BitSet(65536);

    /**
     * Binds the next free pair.
     *
     * @throws IOException naming the range when none is free
     */
    BoundPorts bind(InetAddress address, int start, int end) throws IOException {
        int pairs = (end - start) / 2 + 1;
        int first = start + 2 * ThreadLocalRandom.current().nextInt(pairs);
        for (int i = 0; i < pairs; i++) {
            int port = first + 2 * i;
            if (port > end) {
                port -= 2 * pairs;
            }
            if (!reserve(port)) {
                continue;
            }
            BoundPorts bound = tryBind(address, port);
            if (bound != null) {
                return bound;
            }
            release(port);
        }
        throw new IOException("No free RTP port pair in range " + start + "-" + end + " (rtp.conf rtpstart/rtpend) on "
                + address.getHostAddress());
    }

    /** Makes the pair available again, once its sockets are closed. */
    synchronized void release(int port) {
        inUse.clear(port);
    }

    synchronized int inUse() {
        return inUse.cardinality();
    }

    private synchronized boolean reserve(int port) {
        if (inUse.get(port)) {
            return false;
        }
        inUse.set(port);
        return true;
    }

    private static BoundPorts tryBind(InetAddress address, int port) throws IOException {
        DatagramChannel rtp = null;
        try {
            rtp = open(address, port);
            DatagramChannel rtcp = open(address, port + 1);
            return new BoundPorts(rtp, rtcp, port);
        } catch (BindException e) {
            // taken by someone else (EADDRINUSE, EACCES): on to the next pair, as Asterisk does
            if (rtp != null) {
                rtp.close();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            if (rtp != null) {
                rtp.close();
            }
            throw e;
        }
    }

    private static DatagramChannel open(InetAddress address, int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open(address instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            channel.bind(new InetSocketAddress(address, port));
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
