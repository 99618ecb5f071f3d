package org.asterism.sip.session.api;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.asterism.media.api.Format;
import org.asterism.media.api.rtp.RtpSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One media stream of a session (an m= line), as Asterisk's {@code ast_sip_session_media}: the session module keeps
 * them; the {@link SdpHandler} of its type fills them in. Thread-safe.
 */
@ProviderType
public interface SessionMedia {

    /** "audio", "video"... */
    String type();

    /** The position of its m= line in the SDP. */
    int index();

    /** The RTP session the handler opened for it, if any. */
    Optional<RtpSession> rtp();

    /** Set by the handler once it has opened the RTP session; the session module closes it when the session ends. */
    void rtp(RtpSession rtp);

    /** The formats negotiated, preferred first: the first is what we send. Empty until negotiated. */
    List<Format> formats();

    void formats(List<Format> formats);

    /** The RFC 4733 telephone-event payload type negotiated, -1 for none. */
    int telephoneEventPayloadType();

    void telephoneEventPayloadType(int payloadType);

    /** The direction we offer or answer: SENDRECV unless we put the peer on hold. */
    MediaDirection localDirection();

    void localDirection(MediaDirection direction);

    /** The direction the peer's last SDP gave (SENDONLY or INACTIVE: it put us on hold). */
    MediaDirection remoteDirection();

    void remoteDirection(MediaDirection direction);

    /**
     * Where the peer is to send this stream's media instead of to us: another party's RTP address when the media flows
     * directly (direct_media), which the SDP we send then names. Empty: to us.
     */
    Optional<InetSocketAddress> directMediaAddress();

    void directMediaAddress(Optional<InetSocketAddress> address);
}
