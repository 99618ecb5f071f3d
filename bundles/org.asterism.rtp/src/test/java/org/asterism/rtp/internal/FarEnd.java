package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** A plain UDP peer on 127.0.0.1 standing in for a phone: RTP on an even port, RTCP on the one above. */
final class FarEnd implements AutoCloseable {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    final DatagramSocket rtp;
    final DatagramSocket rtcp;

    private FarEnd(DatagramSocket rtp, DatagramSocket rtcp) {
        this.rtp = rtp;
        this.rtcp = rtcp;
    }

    /** Binds a free pair of consecutive ports (bounded tries). */
    static FarEnd open() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            DatagramSocket probe = new DatagramSocket(0, LOOPBACK);
            int port = probe.getLocalPort() & ~1;
            probe.close();
            try {
                DatagramSocket rtp = new DatagramSocket(new InetSocketAddress(LOOPBACK, port));
                try {
                    DatagramSocket rtcp = new DatagramSocket(new InetSocketAddress(LOOPBACK, port + 1));
                    return new FarEnd(rtp, rtcp);
                } catch (IOException e) {
                    rtp.close();
                }
            } catch (IOException e) {
                // taken meanwhile: try another
            }
        }
        throw new IOException("no free port pair on loopback");
    }

    InetSocketAddress address() {
        return new InetSocketAddress(LOOPBACK, rtp.getLocalPort());
    }

    void send(byte[] packet, InetSocketAddress to) throws IOException {
        rtp.send(new DatagramPacket(packet, packet.length, to));
    }

    void sendRtcp(byte[] packet, InetSocketAddress to) throws IOException {
        rtcp.send(new DatagramPacket(packet, packet.length, to));
    }

    /** The next RTP datagram, or null after {@code millis}. */
    byte[] receive(int millis) throws IOException {
        return receive(rtp, millis);
    }

    byte[] receiveRtcp(int millis) throws IOException {
        return receive(rtcp, millis);
    }

    private static byte[] receive(DatagramSocket socket, int millis) throws IOException {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout(millis);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return Arrays.copyOf(buffer, packet.getLength());
    }

    /** A plain RTP packet. */
    static byte[] rtp(int payloadType, boolean marker, int sequence, int timestamp, int ssrc, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(12 + payload.length);
        out.put((byte) 0x80);
        out.put((byte) ((marker ? 0x80 : 0) | payloadType));
        out.putShort((short) sequence);
        out.putInt(timestamp);
        out.putInt(ssrc);
        out.put(payload);
        return out.array();
    }

    /** An RFC 4733 event packet. */
    static byte[] event(int payloadType, boolean marker, int sequence, int timestamp, int ssrc, int event, boolean end,
            int duration) {
        return rtp(payloadType, marker, sequence, timestamp, ssrc,
                new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | 10), (byte) (duration >> 8), (byte) duration});
    }

    @Override
    public void close() {
        rtp.close();
        rtcp.close();
    }

    /** The fields of a received RTP packet. */
    record Packet(boolean marker, int payloadType, int sequence, int timestamp, int ssrc, byte[] payload) {

        static Packet of(byte[] raw) {
            ByteBuffer in = ByteBuffer.wrap(raw);
            int first = in.get() & 0xFF;
            int second = in.get() & 0xFF;
            if (first != 0x80) {
                throw new AssertionError("unexpected first octet " + first);
            }
            int sequence = in.getShort() & 0xFFFF;
            int timestamp = in.getInt();
            int ssrc = in.getInt();
            return new Packet((second & 0x80) != 0, second & 0x7F, sequence, timestamp, ssrc,
                    Arrays.copyOfRange(raw, 12, raw.length));
        }
    }
}
