package org.asterism.sip.core.internal.dialog;

import java.util.List;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.dialog.DialogHandler;
import org.asterism.sip.api.dialog.DialogLayer;
import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.core.internal.client.SipClientImpl;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link DialogLayer} on JAIN-SIP's dialogs (the stack runs with automatic dialog support off). */
@Component(service = DialogLayer.class)
public class DialogLayerImpl implements DialogLayer {

    private final SipStackHolder stack;
    private final SipClientImpl client;

    @Activate
    public DialogLayerImpl(@Reference SipStackHolder stack, @Reference SipClientImpl client) {
        this.stack = stack;
        this.client = client;
    }

    @Override
    public SipDialog accept(SipRequestContext request, DialogHandler handler) {
        if (!Request.INVITE.equals(request.method()) && !Request.SUBSCRIBE.equals(request.method())) {
            throw new IllegalStateException(request.method() + " does not start a dialog");
        }
        if (request.isAnswered() || !(request instanceof ServerTransactionHolder holder) || holder.serverTransaction() == null) {
            throw new IllegalStateException("the " + request.method() + " is answered already or has no transaction");
        }
        ServerTransaction transaction = holder.serverTransaction();
        OpenTransport transport = holder.openTransport();
        try {
            Dialog dialog = transport.provider().getNewDialog(transaction);
            DialogBinding binding = new DialogBinding(request.request(), request.endpoint().orElse(null), handler, true, List.of(), client, stack);
            binding.bind(dialog, null);
            return binding;
        } catch (SipException e) {
            throw new IllegalStateException("no dialog for the " + request.method() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OutgoingDialog start(Request request, List<String> outboundAuths, DialogHandler handler) throws RequestFailedException {
        OpenTransport transport = client.transportOf(request);
        DialogBinding binding = new DialogBinding(request, null, handler, false, outboundAuths, client, stack);
        return new OutgoingDialog(binding, client.send(transport, request, outboundAuths, binding.creatingSender(),
                provisional -> handler.provisional(binding, provisional)));
    }
}
