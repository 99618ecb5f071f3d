package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A session's RTCP (RFC 3550 section 6): every interval a compound packet, a sender report when we sent RTP since
 * the last one (else a receiver report) with a report block on the stream we receive, then SDES with our CNAME; and
 * the reports the peer sends, read for its view of our stream (jitter, loss) and the round trip time from LSR/DLSR.
 * Used on the receive loop only; the figures for statistics are published with volatile writes.
 */
final class RtcpReporter {

    private static final int SR = 200;
    private static final int RR = 201;
    private static final int SDES = 202;
    private static final int CNAME = 1;

    private final DatagramChannel channel;
    private final NtpClock clock;
    private final byte[] cname;
    private final ByteBuffer out = ByteBuffer.allocateDirect(512);

    private long packetsAtLastReport;
    private int lastSrMiddle;
    private long lastSrArrivalNanos;
    private long reportsSent;

    private volatile double remoteJitterMillis;
    private volatile long remotePacketsLost;
    private volatile double roundTripMillis;
    private volatile long reportsReceived;

    RtcpReporter(DatagramChannel channel, NtpClock clock) {
        this.channel = channel;
        this.clock = clock;
        // a random CNAME: stable for the session, says nothing about the host
        this.cname = Long.toHexString(ThreadLocalRandom.current().nextLong()).getBytes(StandardCharsets.US_ASCII);
    }

    double remoteJitterMillis() {
        return remoteJitterMillis;
    }

    long remotePacketsLost() {
        return remotePacketsLost;
    }

    double roundTripMillis() {
        return roundTripMillis;
    }

    long reportsReceived() {
        return reportsReceived;
    }

    long reportsSent() {
        return reportsSent;
    }

    /** Sends the report due now to {@code to}. */
    void sendReport(InetSocketAddress to, RtpTransmitter transmitter, ReceptionStatistics reception, long nowNanos) {
        int ssrc = transmitter.ssrc();
        long packets = transmitter.packetsSent();
        boolean sender = packets != packetsAtLastReport;
        packetsAtLastReport = packets;
        int blocks = reception.hasSource() ? 1 : 0;

        out.clear();
        int start = out.position();
        out.put((byte) (0x80 | blocks));
        out.put((byte) (sender ? SR : RR));
        out.putShort((short) 0); // length, filled in below
        out.putInt(ssrc);
        if (sender) {
            out.putLong(clock.ntp(nowNanos));
            out.putInt(transmitter.timestampAt(nowNanos));
            out.putInt((int) packets);
            out.putInt((int) transmitter.octetsSent());
        }
        if (blocks > 0) {
            long delay = lastSrArrivalNanos == 0 ? 0 : (nowNanos - lastSrArrivalNanos) * 65536 / 1_000_000_000L;
            reception.writeReportBlock(out, lastSrArrivalNanos == 0 ? 0 : lastSrMiddle, delay);
        }
        out.putShort(start + 2, (short) ((out.position() - start) / 4 - 1));

        int sdes = out.position();
        out.put((byte) 0x81);
        out.put((byte) SDES);
        out.putShort((short) 0);
        out.putInt(ssrc);
        out.put((byte) CNAME);
        out.put((byte) cname.length);
        out.put(cname);
        out.put((byte) 0); // end of the item list, then pad to a 32-bit boundary
        while ((out.position() - sdes) % 4 != 0) {
            out.put((byte) 0);
        }
        out.putShort(sdes + 2, (short) ((out.position() - sdes) / 4 - 1));
        out.flip();
        try {
            channel.send(out, to);
            reportsSent++;
        } catch (IOException e) {
            // the peer's RTCP port may simply not be open yet
        }
    }

    /**
     * Reads a compound packet from the peer.
     *
     * @param ourSsrc whose report blocks to read
     * @param clockRate of the stream we send, to turn reported jitter into milliseconds
     * @return false when malformed (the rest of it is not read)
     */
    boolean receive(ByteBuffer packet, int ourSsrc, int clockRate, long nowNanos) {
        int length = packet.limit();
        if (length < 8) {
            return false;
        }
        int offset = 0;
        boolean understood = false;
        while (offset + 4 <= length) {
            int first = packet.get(offset) & 0xFF;
            int type = packet.get(offset + 1) & 0xFF;
            int size = ((packet.getShort(offset + 2) & 0xFFFF) + 1) * 4;
            if ((first >> 6) != 2 || offset + size > length) {
                return false;
            }
            int count = first & 0x1F;
            if (type == SR) {
                if (size < 28 + 24 * count) {
                    return false;
                }
                long ntp = packet.getLong(offset + 8);
                lastSrMiddle = NtpClock.middle(ntp);
                lastSrArrivalNanos = nowNanos;
                readBlocks(packet, offset + 28, count, ourSsrc, clockRate, nowNanos);
                understood = true;
            } else if (type == RR) {
                if (size < 8 + 24 * count) {
                    return false;
                }
                readBlocks(packet, offset + 8, count, ourSsrc, clockRate, nowNanos);
                understood = true;
            } else if (type >= 192 && type <= 223) {
                understood = true; // SDES, BYE, APP, feedback: nothing we use
            } else {
                return false;
            }
            offset += size;
        }
        if (understood) {
            reportsReceived++;
        }
        return understood && offset == length;
    }

    private void readBlocks(ByteBuffer packet, int at, int count, int ourSsrc, int clockRate, long nowNanos) {
        for (int i = 0; i < count; i++) {
            int block = at + 24 * i;
            if (packet.getInt(block) != ourSsrc) {
                continue;
            }
            int lost = packet.getInt(block + 4) << 8 >> 8; // 24-bit signed
            remotePacketsLost = lost;
            long jitter = packet.getInt(block + 12) & 0xFFFFFFFFL;
            remoteJitterMillis = clockRate > 0 ? jitter * 1000.0 / clockRate : 0;
            int lsr = packet.getInt(block + 16);
            int dlsr = packet.getInt(block + 20);
            if (lsr != 0) {
                int arrival = NtpClock.middle(clock.ntp(nowNanos));
                long rtt = (arrival - lsr - dlsr) & 0xFFFFFFFFL;
                // a negative round trip is a clock problem at the peer: keep the last good one
                if (rtt < 0x80000000L) {
                    roundTripMillis = rtt * 1000.0 / 65536;
                }
            }
        }
    }
}
