package org.asterism.media.api.rtp;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.asterism.media.api.Format;
import org.asterism.media.api.FrameSink;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One RTP stream and its RTCP (Asterisk's {@code ast_rtp_instance}). Safe to use from any thread. Nothing is sent
 * until a remote address is known; received packets are delivered on the engine's receive thread.
 */
@ProviderType
public interface RtpSession extends AutoCloseable {

    /** The local RTP address (RTCP is on the port above). */
    InetSocketAddress localAddress();

    /** Where to send RTP (from the SDP's c= and m= lines); RTCP goes to the port above. */
    void remoteAddress(InetSocketAddress rtp);

    Optional<InetSocketAddress> remoteAddress();

    /**
     * {@code rtp_symmetric}: send to wherever the peer's RTP (and RTCP) come from, once they do, instead of the
     * signalled address (for peers behind NAT).
     */
    void symmetric(boolean symmetric);

    /**
     * The payload types negotiated for this stream, both ways: received packets of another type are dropped; a
     * {@code telephone-event} type is given separately.
     */
    void payloadTypes(Map<Integer, Format> payloadTypes);

    /** The format frames written are in, its payload type and the packetisation time to send with. */
    void sendFormat(Format format, int payloadType, int ptimeMillis);

    /** The RFC 4733 {@code telephone-event} payload type negotiated, or -1 for none (DTMF then not sent as events). */
    void telephoneEvent(int payloadType);

    /**
     * Who gets what arrives: a {@link org.asterism.media.api.VoiceFrame} per packet in its negotiated format, and for
     * RFC 4733 events one {@link org.asterism.media.api.DtmfFrame} BEGIN and one END per digit (retransmitted event
     * packets are not repeated). {@link FrameSink#DISCARD} by default.
     */
    void receiver(FrameSink sink);

    /**
     * Sends a frame: a voice frame of the send format as one RTP packet (timestamps and sequence numbers continue
     * across frames, a marker bit after a pause); a DTMF BEGIN starts RFC 4733 event packets every 50 ms until the END,
     * which sends the three end packets; a control SRCUPDATE sets the marker bit on the next packet and SRCCHANGE starts
     * a new SSRC, as Asterisk's drivers do on a bridge change. Other frames are ignored. Nothing is sent while
     * {@link #sending} is off.
     */
    void write(org.asterism.media.api.Frame frame);

    /** Whether to send at all (off while the peer has put us on hold with sendonly/inactive). On by default. */
    void sending(boolean enabled);

    /**
     * Native relay for a two-party bridge: while set, every RTP packet received is sent on {@code peer} with the
     * payload untouched (the payload type mapped to the peer's number for the same format), and the receiver is not
     * called; empty stops it. Asterisk's {@code ast_rtp_instance_bridge}.
     */
    void relayTo(Optional<RtpSession> peer);

    /** Counts so far (RTCP-derived figures are zero until RTCP reports arrive). */
    RtpStatistics statistics();

    /** Closes both sockets; nothing more is delivered. */
    @Override
    void close();
}
