package org.asterism.pbx.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.rtp.RtpSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One call leg, as Asterisk's {@code ast_channel}, made by {@link Channels#create} for a channel driver. Thread-safe.
 *
 * <p>Media is pushed, not pulled: what the far end sends reaches the channel's {@link #reader(FrameSink) reader} (an
 * application or a bridge) on the driver's thread; what the PBX sends goes out through {@link #write(Frame)}. The
 * methods under "for the driver" are how the driver reports the far end.
 */
@ProviderType
public interface Channel {

    /** Unique, as Asterisk names channels: {@code PJSIP/201-00000001}. */
    String name();

    /** As {@code ${UNIQUEID}}: creation time in seconds, a dot and a sequence number. */
    String uniqueId();

    /** The technology, "PJSIP". */
    String technology();

    ChannelState state();

    Instant created();

    /** Who this channel's party is (the caller, for an incoming channel). */
    CallerId callerId();

    void callerId(CallerId callerId);

    /** Who the party is connected to (the callee for the caller's channel), as far as known. */
    CallerId connectedLine();

    void connectedLine(CallerId connectedLine);

    /** Where the dialplan is on this channel (for an outgoing channel: where it was asked to go, often nowhere). */
    DialplanLocation location();

    /**
     * Moves the dialplan to {@code target}: the PBX continues there when the running application returns, instead of
     * at the next priority (Goto, GotoIf, Dial's continue options).
     */
    void jump(DialplanLocation target);

    /**
     * Whether the dialplan was moved by {@link #jump} since the last call, and where to: the dialplan engine asks once an
     * application returns and continues there, else at the next priority. Taking it clears it. The engine moves the
     * channel between priorities itself with {@code jump(next)} followed by {@code takeJump()}.
     */
    Optional<DialplanLocation> takeJump();

    /** The application running now and its arguments, for {@code core show channels}; empty strings when none. */
    String application();

    String applicationData();

    /** Sets the application running now and its arguments (the dialplan engine; Dial's "AppDial" on its callees). */
    void application(String application, String data);

    /** A channel variable ({@code Set(NAME=value)}), empty when unset. Names are case-sensitive, as in Asterisk. */
    Optional<String> variable(String name);

    /** Sets a channel variable; a null value unsets it. */
    void variable(String name, String value);

    /** The channel's variables now, a copy. */
    Map<String, String> variables();

    /** {@code language} of the endpoint ("en" when unset). */
    String language();

    String accountCode();

    /** The formats the far end agreed to, in preference order (the first is what it sends and expects). */
    List<Format> nativeFormats();

    /** The channel's audio RTP session, if its media flows over RTP through us, for native bridging. */
    Optional<RtpSession> rtp();

    // --- acting on the channel (applications, bridges, the PBX) ---

    /** Answers an incoming channel (200 OK); completes when the far end confirms (the ACK), at once if already up. */
    CompletionStage<Void> answer();

    /** Starts calling the far end of an outgoing channel; progress comes back as control frames to the reader. */
    void call();

    /** Indicates call progress to the far end: RINGING, PROGRESS, BUSY, CONGESTION, HOLD... */
    void indicate(ControlFrame.Control control);

    /** Sends a frame to the far end (audio in one of {@link #nativeFormats()}, or DTMF). */
    void write(Frame frame);

    /** Who gets the frames read from the far end, controls included; replaces the previous reader. */
    void reader(FrameSink reader);

    /** Hangs up with a cause (the driver sends BYE, CANCEL or a final response as the state needs). Idempotent. */
    void hangup(HangupCause cause);

    boolean isHungUp();

    /** The cause it hung up with, {@link HangupCause#NOT_DEFINED} while up. */
    HangupCause hangupCause();

    /** Completes with the cause once the channel is hung up, by either side. */
    CompletionStage<HangupCause> hungUp();

    // --- for the driver ---

    /** The driver reports a frame from the far end: it goes to the reader (a control ANSWER also sets the state UP). */
    void queue(Frame frame);

    /** The driver reports a state change (RINGING when a 180 arrives, UP once answered...). */
    void state(ChannelState state);

    /** The driver reports that the far end hung up (a BYE, a final error response, a CANCEL). */
    void remoteHangup(HangupCause cause);
}
