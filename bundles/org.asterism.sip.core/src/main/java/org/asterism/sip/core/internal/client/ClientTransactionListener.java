package org.asterism.sip.core.internal.client;

import javax.sip.message.Response;

/**
 * What a client transaction sent by the {@link SipClientImpl} carries as its application data, so that the
 * pipeline, the stack's one listener, can hand it the transaction's events. Called on SIP stack threads: each
 * method only hands the event on and returns.
 */
public interface ClientTransactionListener {

    /** A response matched the transaction: provisional or final. */
    void responseReceived(Response response);

    /** The transaction's timer expired without a final response (Timer F, or B for INVITE). */
    void timedOut();

    /** The stack could not send the request, or a retransmission of it, to {@code destination}. */
    void transportFailed(String destination);
}
