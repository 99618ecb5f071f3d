package org.asterism.sip.api.dialog;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.Header;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.osgi.annotation.versioning.ProviderType;

/** One dialog. Thread-safe. */
@ProviderType
public interface SipDialog {

    /** The state, as RFC 3261 names it. */
    enum State { EARLY, CONFIRMED, TERMINATED }

    String callId();

    String localTag();

    /** Empty until the remote side has tagged the dialog. */
    Optional<String> remoteTag();

    /** Us, as From (UAC) or To (UAS) name us. */
    Address localParty();

    /** The peer, as To (UAC) or From (UAS) name it. */
    Address remoteParty();

    /** Whether we are the UAS of the dialog-creating request. */
    boolean isServer();

    State state();

    /**
     * A request in this dialog (BYE, re-INVITE, UPDATE, INFO, NOTIFY, PRACK): Request-URI the remote target, route set,
     * next local CSeq, From/To/Call-ID filled. Add headers and body, then {@link #send}.
     */
    Request createRequest(String method) throws SipException;

    /**
     * Sends an in-dialog request made by {@link #createRequest}. Provisional responses go to the handler; the stage
     * completes with the final response, or exceptionally with a
     * {@link org.asterism.sip.api.client.RequestFailedException} (a timeout or transport error: the dialog should end).
     * A 401/407 is answered with the outbound auths the dialog was started with.
     */
    CompletionStage<Response> send(Request request);

    /** UAC: sends the ACK for a 2xx to our INVITE or re-INVITE (the dialog then re-sends it for retransmitted 2xx). */
    void ack(Response ok) throws SipException;

    /** UAC, before a final response: CANCELs the dialog-creating INVITE, with these headers (a Reason) on the CANCEL. */
    void cancel(Header... headers) throws SipException;

    /**
     * UAS, 100rel (RFC 3262): sends a reliable provisional response to the dialog-creating INVITE (RSeq and
     * {@code Require: 100rel} added); retransmitted until its PRACK, which then reaches the handler as a request.
     */
    void sendReliableProvisional(Response provisional) throws SipException;

    /** UAC, 100rel: the PRACK for a reliable provisional response (RAck filled); send it with {@link #send}. */
    Request createPrack(Response reliableProvisional) throws SipException;

    /** Ends the dialog at once (after a BYE or a failure): nothing more reaches the handler. */
    void terminate();
}
