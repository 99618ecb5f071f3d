package org.asterism.sip.session.api;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.sip.message.Request;
import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One INVITE session (a call leg with one endpoint), as Asterisk's {@code ast_sip_session}. Thread-safe; the actions
 * never block and may be called from any thread.
 */
@ProviderType
public interface SipSession {

    /** A short unique name for logs: the Call-ID. */
    String id();

    /** The endpoint's configuration as it was when the session started. */
    Endpoint endpoint();

    boolean isInbound();

    SessionState state();

    /** The dialog, once there is one (an outgoing session gets it when its INVITE is sent). */
    Optional<SipDialog> dialog();

    /** The INVITE that started the session: as received, or as sent. */
    Request invite();

    /** Inbound: the extension asked for (the Request-URI's user, or "s" when it has none). */
    String exten();

    /** Where the peer's signalling comes from (inbound) or goes to (outbound). */
    InetSocketAddress remoteAddress();

    /**
     * The address to put in our SDP and bind RTP to: the endpoint's {@code media_address}, else the transport's
     * {@code external_media_address} when the peer is outside {@code local_net}, else the local address the signalling
     * uses.
     */
    InetAddress mediaAddress();

    /** The peer's identity as caller ID handling read it (inbound), or what we present (outbound). */
    PartyIdentity remoteIdentity();

    void remoteIdentity(PartyIdentity identity);

    /** The media streams, in m= line order. */
    List<SessionMedia> media();

    /** The first stream of a type, if any: {@code media("audio")}. */
    default Optional<SessionMedia> media(String type) {
        return media().stream().filter(m -> m.type().equals(type)).findFirst();
    }

    /** Attaches an object to the session for supplements to share (the channel, by the channel driver). */
    void attribute(String key, Object value);

    Optional<Object> attribute(String key);

    /** Who hears the session's events: set once by the channel driver. */
    void listener(SessionListener listener);

    // --- actions ---

    /** Inbound: sends 180 Ringing (reliably when 100rel was agreed). */
    void ringing();

    /** Inbound: sends 183 Session Progress with our SDP answer (early media). */
    void progress();

    /** Inbound: sends the 200 with our SDP; completes when the ACK arrives (or at once if answered already). */
    CompletionStage<Void> answer();

    /** Outbound: sends the INVITE with our offer. Progress and the answer reach the listener. */
    void call();

    /**
     * Ends the session whatever its state: a final response (inbound, unanswered), a CANCEL (outbound, unanswered) or
     * a BYE, with a Reason header (RFC 3326) giving the Q.850 cause.
     *
     * @param sipStatus for an unanswered inbound session, the status to answer with (486, 404, 603...)
     * @param q850Cause the cause for the Reason header; 0 for none
     */
    void end(int sipStatus, int q850Cause);

    /** Sends a re-INVITE with our current streams' directions (hold: set localDirection first); completes with its success. */
    default CompletionStage<Boolean> reinvite() {
        return reoffer("INVITE");
    }

    /**
     * Offers our current streams again in a re-INVITE or, with "UPDATE", an UPDATE (RFC 3311); completes with its
     * success. Sent once the session is confirmed (a 2xx of ours still waiting for its ACK waits for it).
     */
    CompletionStage<Boolean> reoffer(String method);

    /**
     * For supplements: a DTMF digit arrived in signalling (res_pjsip_dtmf_info read it from an INFO); the session
     * tells its listener.
     */
    void digitReceived(char digit, int durationMillis);

    /** Sends a DTMF digit by SIP INFO ({@code application/dtmf-relay}), for {@code dtmf_mode=info}. */
    void sendInfoDigit(char digit, int durationMillis);
}
