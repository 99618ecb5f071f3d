package org.asterism.rtp.internal;

import java.nio.ByteBuffer;

/**
 * The fixed RTP header (RFC 3550 section 5.1) of the packet in a buffer, with the CSRC list, header extension and
 * padding stepped over. One per receive loop, refilled for every packet, so reading allocates nothing.
 */
final class RtpHeader {

    static final int FIXED_LENGTH = 12;

    boolean marker;
    int payloadType;
    int sequence;
    /** 32-bit timestamp, as an int (compare with serial arithmetic). */
    int timestamp;
    int ssrc;
    /** Offset of the payload from the start of the packet. */
    int payloadOffset;
    int payloadLength;

    /**
     * Reads the header of the packet from position 0 to the limit.
     *
     * @return false when it is not a well-formed RTP packet (too short, not version 2, CSRC list, extension or
     *         padding running past the end)
     */
    boolean parse(ByteBuffer packet) {
        int length = packet.limit();
        if (length < FIXED_LENGTH) {
            return false;
        }
        int first = packet.get(0) & 0xFF;
        if ((first >> 6) != 2) {
            return false;
        }
        int second = packet.get(1) & 0xFF;
        marker = (second & 0x80) != 0;
        payloadType = second & 0x7F;
        sequence = packet.getShort(2) & 0xFFFF;
        timestamp = packet.getInt(4);
        ssrc = packet.getInt(8);

        int offset = FIXED_LENGTH + 4 * (first & 0x0F);
        if ((first & 0x10) != 0) {
            if (offset + 4 > length) {
                return false;
            }
            offset += 4 + 4 * (packet.getShort(offset + 2) & 0xFFFF);
        }
        if (offset > length) {
            return false;
        }
        int padding = 0;
        if ((first & 0x20) != 0) {
            padding = packet.get(length - 1) & 0xFF;
            if (padding == 0 || offset + padding > length) {
                return false;
            }
        }
        payloadOffset = offset;
        payloadLength = length - offset - padding;
        return true;
    }
}
