package org.asterism.sip.session.api;

import java.util.Optional;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SessionDescription;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Negotiates the streams of one media type (RFC 3264), registered as an OSGi service with the media type it handles;
 * res_pjsip_sdp_rtp handles "audio". The session module builds the SDP around the m= lines (o=, s=, t=, and a
 * session-level c= taken from the first accepted stream's c=), calls one handler per stream, and answers 488 when no
 * stream of an offer is accepted. Called on SIP threads: must not block.
 */
@ConsumerType
public interface SdpHandler {

    /** The m= media type it handles: "audio". */
    String mediaType();

    /**
     * A stream of an incoming offer: negotiate it and give the answer's m= line (with its own c= line), or empty to
     * decline the stream (the session writes port 0). Fills in {@code media} (RTP session opened and pointed at the
     * offerer, formats, direction).
     *
     * @param offer the whole offer, for session-level lines (c=, a=sendonly)
     * @param remote the offered m= line
     */
    Optional<MediaDescription> answer(SipSession session, SessionMedia media, SessionDescription offer,
            MediaDescription remote) throws SdpException;

    /**
     * Our offer's m= line for a stream (initial INVITE, re-INVITE, or a 200 to an INVITE that had no SDP), with its
     * own c= line, opening the RTP session if it has none yet.
     */
    MediaDescription offer(SipSession session, SessionMedia media) throws SdpException;

    /**
     * The peer's answer to our offer for this stream: apply it (remote address, the formats it chose).
     *
     * @return false when the answer is unusable for this stream (declined with port 0, no format we offered)
     */
    boolean answered(SipSession session, SessionMedia media, SessionDescription answer, MediaDescription remote)
            throws SdpException;

    /** The stream is gone (session ended, stream declined): release what {@code media} holds. */
    void stop(SipSession session, SessionMedia media);
}
