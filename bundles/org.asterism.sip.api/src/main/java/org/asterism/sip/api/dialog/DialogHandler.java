package org.asterism.sip.api.dialog;

import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.SipRequestContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whoever owns a dialog (a session, a subscription). Called on SIP threads: must not block.
 */
@ConsumerType
public interface DialogHandler {

    /**
     * A request in the dialog: BYE, re-INVITE, UPDATE, INFO, PRACK, NOTIFY..., answered through the context as any
     * request (the core answers 500 if the handler throws). An ACK arrives here too (for our 2xx), and needs no answer.
     * In-dialog requests skip identification and authentication: the dialog already knows its peer.
     */
    void request(SipDialog dialog, SipRequestContext request);

    /**
     * UAS: a CANCEL for the dialog-creating INVITE arrived and the core answered it 200; answer the INVITE 487 (unless
     * it is answered already).
     */
    default void cancelled(SipDialog dialog, Request cancel) {
    }

    /** UAC: a provisional response to the dialog-creating request or to a request sent with {@link SipDialog#send}. */
    default void provisional(SipDialog dialog, Response response) {
    }

    /** UAS: our 2xx to the INVITE was never ACKed (64*T1): RFC 3261 §13.3.1.4 says end the session with a BYE. */
    default void ackTimedOut(SipDialog dialog) {
    }

    /** The dialog ended (terminated here, or timed out in the stack). */
    default void terminated(SipDialog dialog) {
    }
}
