package org.asterism.sip.api.dialog;

import java.util.List;
import javax.sip.message.Request;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.client.RequestFailedException;
import org.osgi.annotation.versioning.ProviderType;

/** Makes dialogs; provided by the core. */
@ProviderType
public interface DialogLayer {

    /**
     * UAS: makes the dialog-creating request a service received (INVITE, SUBSCRIBE) the start of a dialog, before any
     * response to it is sent. Responses sent through the context then shape the dialog (a 2xx is retransmitted until
     * its ACK), and what belongs to the dialog goes to {@code handler}.
     *
     * @throws IllegalStateException when the request cannot start a dialog (not INVITE or SUBSCRIBE, already answered)
     */
    SipDialog accept(SipRequestContext request, DialogHandler handler);

    /**
     * UAC: sends a dialog-creating request made by {@link org.asterism.sip.api.client.SipClient#newRequest}.
     * Provisional responses go to {@code handler}; the returned stage completes with the final response, challenges
     * answered with {@code outboundAuths} as {@link org.asterism.sip.api.client.SipClient#send(Request, List)} does.
     * For a 2xx to an INVITE, send the ACK with {@link SipDialog#ack}.
     */
    OutgoingDialog start(Request request, List<String> outboundAuths, DialogHandler handler) throws RequestFailedException;

    /**
     * A dialog being started as UAC.
     *
     * @param dialog the dialog (early until a 2xx)
     * @param response completes with the final response to the request, or exceptionally with a
     *        {@link RequestFailedException} (timeout, transport error)
     */
    record OutgoingDialog(SipDialog dialog, java.util.concurrent.CompletionStage<javax.sip.message.Response> response) {
    }
}
