package org.asterism.pbx.api;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.rtp.RtpSession;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a channel technology does for one channel, as Asterisk's {@code ast_channel_tech} callbacks: the PBX core calls
 * it when applications and bridges act on the {@link Channel}. Calls come from any thread; none may block.
 */
@ConsumerType
public interface ChannelDriver {

    /** Starts calling the far end (an outgoing channel): INVITE. */
    void call();

    /** Answers (200 OK to the INVITE); completes when answered, exceptionally when it could not be. */
    CompletionStage<Void> answer();

    /** Indicates progress to the far end (RINGING → 180, PROGRESS → 183, BUSY → 486, CONGESTION → 503, HOLD...). */
    void indicate(ControlFrame.Control control);

    /** Sends a frame to the far end. */
    void write(Frame frame);

    /** Ends the call with a cause; called once, after which the driver releases everything. */
    void hangup(HangupCause cause);

    /** The formats negotiated with the far end, preferred first. */
    List<Format> nativeFormats();

    /** The audio RTP session, when the media goes through an RTP session of ours. */
    Optional<RtpSession> rtp();

    /**
     * Whether this channel's media may flow straight between its far end and another, bypassing us (Asterisk's RTP
     * glue answering "remote"): the endpoint allows it and nothing here needs to see the media.
     */
    default boolean allowsDirectMedia() {
        return false;
    }

    /**
     * Points the far end's media at {@code peer}, the other far end's RTP address, or back at us when empty (a
     * re-INVITE or UPDATE), as Asterisk's RTP glue {@code update_peer}. Only called after {@link #allowsDirectMedia()}
     * said yes, or to take the media back.
     */
    default void directMedia(Optional<InetSocketAddress> peer) {
    }
}
