package org.asterism.rtp.internal;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Takes the datagrams one socket receives, on its receive loop's thread. */
interface PacketHandler {

    /**
     * @param packet the datagram, from position 0 to its limit; only valid during the call (the buffer is reused)
     * @param source where it came from
     * @param nowNanos {@link System#nanoTime()} at arrival
     * @param loop the loop calling, for its scratch objects
     */
    void onPacket(ByteBuffer packet, InetSocketAddress source, long nowNanos, ReceiveLoop loop);
}
