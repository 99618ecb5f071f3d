package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending half of a session: one SSRC, one sequence number series and one timestamp line for everything it sends
 * (voice written to it, packets relayed through it from another session, RFC 4733 events), so the far end always
 * sees one consistent stream. Timestamps follow res_rtp_asterisk: the predicted next timestamp while the audio comes
 * on time, the wall clock (with the marker bit) after a pause. Thread-safe: everything runs under its lock.
 */
final class RtpTransmitter {

    private static final Logger LOG = LoggerFactory.getLogger(RtpTransmitter.class);
    /** How far (in timestamp units) the wall clock may stray from the prediction before it is believed. */
    private static final int MAX_TIMESTAMP_SKEW = 640;
    private static final int MTU = 1500;

    private final DatagramChannel channel;
    private final ByteBuffer out = ByteBuffer.allocateDirect(MTU);

    private int ssrc;
    /** The last sequence number and timestamp sent, the timestamp units that packet covered, and when it was sent. */
    private int sequence;
    private int timestamp;
    private int lastUnits;
    private long lastSendNanos;
    private boolean needMarker = true;

    private volatile InetSocketAddress remote;
    private volatile boolean sending = true;
    private Format format;
    private int payloadType = -1;
    private int ptimeMillis;
    private byte[] pending = new byte[0];
    private int pendingLength;
    private boolean eventActive;

    private boolean relayBased;
    private int relaySsrc;
    private int relaySequenceOffset;
    private int relayTimestampOffset;

    private volatile long packetsSent;
    private volatile long octetsSent;
    private long sendFailures;

    RtpTransmitter(DatagramChannel channel) {
        this.channel = channel;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.ssrc = random.nextInt();
        this.sequence = random.nextInt(1 << 16);
        this.timestamp = random.nextInt();
    }

    synchronized void configure(Format format, int payloadType, int ptimeMillis) {
        if (!format.equals(this.format)) {
            pendingLength = 0;
        }
        this.format = format;
        this.payloadType = payloadType;
        this.ptimeMillis = ptimeMillis;
    }

    void remote(InetSocketAddress address) {
        remote = address;
    }

    InetSocketAddress remote() {
        return remote;
    }

    void sending(boolean enabled) {
        sending = enabled;
    }

    boolean canSend() {
        return sending && remote != null;
    }

    synchronized int ssrc() {
        return ssrc;
    }

    synchronized int clockRate() {
        return format == null ? 8000 : format.rtpClockRate();
    }

    long packetsSent() {
        return packetsSent;
    }

    long octetsSent() {
        return octetsSent;
    }

    synchronized long sendFailures() {
        return sendFailures;
    }

    /** SRCUPDATE: the next packet carries the marker bit. */
    synchronized void markNext() {
        needMarker = true;
    }

    /** SRCCHANGE: a new SSRC from the next packet on (marker set), as Asterisk's ast_rtp_change_source. */
    synchronized void newSource() {
        ssrc = ThreadLocalRandom.current().nextInt();
        needMarker = true;
        relayBased = false;
    }

    /** The next packet relayed re-bases the relay offsets on this stream (a relay started, stopped or changed). */
    synchronized void rebaseRelay() {
        relayBased = false;
    }

    /** Sends a voice frame of the send format, cut or gathered into packets of the packetisation time. */
    synchronized void writeVoice(VoiceFrame frame, long nowNanos) {
        if (format == null || payloadType < 0 || !format.equals(frame.format()) || eventActive || !canSend()) {
            return;
        }
        byte[] payload = frame.payload();
        int packetBytes = ptimeMillis > 0 ? format.bytes(ptimeMillis * format.sampleRate() / 1000) : payload.length;
        if (packetBytes <= 0 || packetBytes > MTU - RtpHeader.FIXED_LENGTH) {
            packetBytes = Math.min(payload.length, MTU - RtpHeader.FIXED_LENGTH);
        }
        if (pendingLength == 0 && payload.length == packetBytes) {
            sendAudio(payload, 0, packetBytes, nowNanos);
            return;
        }
        if (pending.length < pendingLength + payload.length) {
            pending = Arrays.copyOf(pending, pendingLength + payload.length);
        }
        System.arraycopy(payload, 0, pending, pendingLength, payload.length);
        pendingLength += payload.length;
        int offset = 0;
        while (pendingLength - offset >= packetBytes) {
            sendAudio(pending, offset, packetBytes, nowNanos);
            offset += packetBytes;
        }
        System.arraycopy(pending, offset, pending, 0, pendingLength - offset);
        pendingLength -= offset;
    }

    /**
     * Sends a packet received by another session: its payload (and any header extension) untouched, our payload type
     * number, SSRC, and sequence and timestamp moved onto our own line by offsets fixed when the relay (re)started.
     */
    synchronized void relay(ByteBuffer packet, RtpHeader in, int outPayloadType, int units, long nowNanos) {
        if (!canSend()) {
            return;
        }
        boolean marker = in.marker;
        if (!relayBased || in.ssrc != relaySsrc) {
            relaySequenceOffset = sequence + 1 - in.sequence;
            relayTimestampOffset = nextTimestamp(nowNanos) - in.timestamp;
            relaySsrc = in.ssrc;
            relayBased = true;
            marker = true;
        }
        int outSequence = (in.sequence + relaySequenceOffset) & 0xFFFF;
        int outTimestamp = in.timestamp + relayTimestampOffset;
        packet.put(1, (byte) ((marker ? 0x80 : 0) | outPayloadType));
        packet.putShort(2, (short) outSequence);
        packet.putInt(4, outTimestamp);
        packet.putInt(8, ssrc);
        packet.position(0);
        if (send(packet)) {
            octetsSent += in.payloadLength;
        }
        // a late packet goes out in its place but does not move the line back
        if (((outSequence - sequence) & 0xFFFF) < 0x8000) {
            sequence = outSequence;
        }
        if (outTimestamp - timestamp >= 0) {
            timestamp = outTimestamp;
            lastUnits = units;
            lastSendNanos = nowNanos;
        }
        needMarker = false;
    }

    /**
     * Starts an RFC 4733 event: the timestamp it takes (as the next voice packet would), with voice held back until
     * {@link #eventFinished}.
     */
    synchronized int startEvent(long nowNanos) {
        eventActive = true;
        pendingLength = 0;
        return nextTimestamp(nowNanos);
    }

    /** Sends one telephone-event packet. */
    synchronized void sendEvent(int eventPayloadType, boolean marker, int eventTimestamp, int event, boolean end,
            int duration) {
        if (!canSend()) {
            return;
        }
        sequence = (sequence + 1) & 0xFFFF;
        out.clear();
        putHeader(marker, eventPayloadType, sequence, eventTimestamp);
        out.put((byte) event);
        // E bit, reserved bit 0, volume 10 (-10 dBm0) as Asterisk sends
        out.put((byte) ((end ? 0x80 : 0) | 10));
        out.putShort((short) Math.min(duration, 0xFFFF));
        out.flip();
        if (send(out)) {
            octetsSent += 4;
        }
        relayBased = false;
    }

    /** The event is over: voice resumes after it on the timestamp line. */
    synchronized void eventFinished(int eventTimestamp, int durationUnits, long startNanos) {
        eventActive = false;
        timestamp = eventTimestamp;
        lastUnits = durationUnits;
        lastSendNanos = startNanos;
    }

    /** The RTP timestamp that corresponds to now, for a sender report. */
    synchronized int timestampAt(long nowNanos) {
        if (lastSendNanos == 0) {
            return timestamp;
        }
        return timestamp + (int) ((nowNanos - lastSendNanos) / 1_000_000L * clockRate() / 1000);
    }

    private void sendAudio(byte[] payload, int offset, int length, long nowNanos) {
        boolean marker = needMarker;
        int units = (int) ((long) format.samples(length) * format.rtpClockRate() / format.sampleRate());
        int next;
        if (lastSendNanos == 0) {
            next = timestamp;
            marker = true;
        } else {
            int predicted = timestamp + lastUnits;
            int byClock = byClock(nowNanos);
            if (Math.abs(byClock - predicted) < MAX_TIMESTAMP_SKEW) {
                next = predicted;
            } else {
                // a pause (or a stall): the wall clock says where we are, and the marker bit says so
                next = byClock;
                marker = true;
            }
        }
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = next;
        lastUnits = units;
        lastSendNanos = nowNanos;
        needMarker = false;
        relayBased = false;

        out.clear();
        putHeader(marker, payloadType, sequence, next);
        out.put(payload, offset, length);
        out.flip();
        if (send(out)) {
            octetsSent += length;
        }
    }

    /** Where the next packet's timestamp goes: predicted when on time, else by the clock. */
    private int nextTimestamp(long nowNanos) {
        if (lastSendNanos == 0) {
            return timestamp;
        }
        int predicted = timestamp + lastUnits;
        int byClock = byClock(nowNanos);
        return Math.abs(byClock - predicted) < MAX_TIMESTAMP_SKEW ? predicted : byClock;
    }

    private int byClock(long nowNanos) {
        long elapsedMillis = Math.max(0, (nowNanos - lastSendNanos) / 1_000_000L);
        return timestamp + (int) (elapsedMillis * clockRate() / 1000);
    }

    private void putHeader(boolean marker, int type, int seq, int ts) {
        out.put((byte) 0x80);
        out.put((byte) ((marker ? 0x80 : 0) | type));
        out.putShort((short) seq);
        out.putInt(ts);
        out.putInt(ssrc);
    }

    private boolean send(ByteBuffer packet) {
        InetSocketAddress to = remote;
        if (to == null) {
            return false;
        }
        try {
            channel.send(packet, to);
            packetsSent++;
            return true;
        } catch (IOException e) {
            if (sendFailures++ == 0) {
                LOG.warn("RTP Transmission error to {}: {}", to, e.toString());
            }
            return false;
        }
    }
}
