package org.asterism.sip.core.internal.dialog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import gov.nist.javax.sip.DialogExt;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.dialog.DialogHandler;
import org.asterism.sip.api.dialog.SipDialog;
import org.asterism.sip.core.internal.client.SipClientImpl;
import org.asterism.sip.core.internal.client.TransactionSender;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;

/**
 * A {@link SipDialog} over one JAIN-SIP dialog, which carries it as its application data so that the pipeline can
 * hand the dialog's requests to its {@link DialogHandler}. For a dialog we start, a challenged INVITE is sent again on
 * a new transaction and so a new JAIN-SIP dialog: the binding then moves to it.
 */
public final class DialogBinding implements SipDialog {

    private final DialogHandler handler;
    private final boolean server;
    private final List<String> outboundAuths;
    private final SipClientImpl client;
    private final SipStackHolder stack;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Request initial;
    private final String endpoint;
    private volatile Dialog dialog;
    private volatile ClientTransaction invite;

    /**
     * @param initial the dialog-creating request, for its Call-ID and tag before the stack has made the dialog
     * @param endpoint the endpoint on the other side, when known; in-dialog requests are taken as coming from it
     */
    DialogBinding(Request initial, String endpoint, DialogHandler handler, boolean server, List<String> outboundAuths,
            SipClientImpl client, SipStackHolder stack) {
        this.initial = initial;
        this.endpoint = endpoint;
        this.handler = handler;
        this.server = server;
        this.outboundAuths = List.copyOf(outboundAuths);
        this.client = client;
        this.stack = stack;
    }

    /** The binding a JAIN-SIP dialog carries, if it is one of ours and still current; else null. */
    public static DialogBinding of(Dialog dialog) {
        return dialog != null && dialog.getApplicationData() instanceof DialogBinding binding && binding.dialog == dialog
                ? binding : null;
    }

    public DialogHandler handler() {
        return handler;
    }

    /** The endpoint on the other side, null when unknown. */
    public String endpoint() {
        return endpoint;
    }

    /** The JAIN-SIP dialog this binding now stands for; the one it replaces (a challenged INVITE's) is deleted. */
    void bind(Dialog current, ClientTransaction inviteTransaction) {
        Dialog previous = dialog;
        current.setApplicationData(this);
        dialog = current;
        invite = inviteTransaction;
        if (previous != null && previous != current) {
            previous.setApplicationData(null);
            previous.delete();
        }
    }

    /** Sends the dialog-creating request on a new transaction, binding to the dialog JAIN-SIP makes for it. */
    TransactionSender creatingSender() {
        return (provider, request, attempt) -> {
            ClientTransaction transaction = provider.getNewClientTransaction(request);
            transaction.setApplicationData(attempt);
            bind(provider.getNewDialog(transaction), transaction);
            transaction.sendRequest();
            return transaction;
        };
    }

    /** The dialog went away in the stack (or here): tell the handler, once. */
    public void ended() {
        if (ended.compareAndSet(false, true)) {
            handler.terminated(this);
        }
    }

    @Override
    public String callId() {
        return ((CallIdHeader) initial.getHeader(CallIdHeader.NAME)).getCallId();
    }

    @Override
    public String localTag() {
        Dialog current = dialog;
        return current != null ? current.getLocalTag() : ((FromHeader) initial.getHeader(FromHeader.NAME)).getTag();
    }

    @Override
    public Optional<String> remoteTag() {
        Dialog current = dialog;
        return Optional.ofNullable(current == null ? null : current.getRemoteTag());
    }

    @Override
    public Address localParty() {
        Dialog current = dialog;
        return current != null ? current.getLocalParty()
                : server ? ((ToHeader) initial.getHeader(ToHeader.NAME)).getAddress() : ((FromHeader) initial.getHeader(FromHeader.NAME)).getAddress();
    }

    @Override
    public Address remoteParty() {
        Dialog current = dialog;
        return current != null ? current.getRemoteParty()
                : server ? ((FromHeader) initial.getHeader(FromHeader.NAME)).getAddress() : ((ToHeader) initial.getHeader(ToHeader.NAME)).getAddress();
    }

    @Override
    public boolean isServer() {
        return server;
    }

    @Override
    public State state() {
        Dialog current = dialog;
        DialogState state = current == null ? null : current.getState();
        if (ended.get() || state == DialogState.TERMINATED) {
            return State.TERMINATED;
        }
        return state == DialogState.CONFIRMED ? State.CONFIRMED : State.EARLY;
    }

    @Override
    public Request createRequest(String method) throws SipException {
        return current().createRequest(method);
    }

    private Dialog current() throws SipException {
        Dialog current = dialog;
        if (current == null) {
            throw new SipException("the dialog-creating request has not been sent yet");
        }
        return current;
    }

    @Override
    public CompletionStage<Response> send(Request request) {
        Dialog current = dialog;
        if (current == null) {
            return CompletableFuture.failedStage(new RequestFailedException(RequestFailedException.Failure.TRANSPORT_ERROR,
                    "the dialog-creating request has not been sent yet"));
        }
        SipProvider provider = ((DialogExt) current).getSipProvider();
        Optional<OpenTransport> transport = stack.transportOf(provider);
        if (transport.isEmpty()) {
            return CompletableFuture.failedStage(new RequestFailedException(RequestFailedException.Failure.NO_TRANSPORT,
                    "the transport of the dialog is closed"));
        }
        TransactionSender inDialog = (sending, sent, attempt) -> {
            ClientTransaction transaction = sending.getNewClientTransaction(sent);
            transaction.setApplicationData(attempt);
            current.sendRequest(transaction);
            return transaction;
        };
        return client.send(transport.get(), request, outboundAuths, inDialog, provisional -> handler.provisional(this, provisional));
    }

    @Override
    public void ack(Response ok) throws SipException {
        try {
            Dialog current = current();
            current.sendAck(current.createAck(((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber()));
        } catch (javax.sip.InvalidArgumentException e) {
            throw new SipException("cannot ACK " + ok.getStatusCode() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void cancel(Header... headers) throws SipException {
        ClientTransaction transaction = invite;
        if (transaction == null) {
            throw new SipException("no INVITE of ours to cancel");
        }
        Request cancel = transaction.createCancel();
        for (Header header : headers) {
            cancel.addHeader(header);
        }
        SipProvider provider = ((DialogExt) current()).getSipProvider();
        provider.getNewClientTransaction(cancel).sendRequest();
    }

    @Override
    public void sendReliableProvisional(Response provisional) throws SipException {
        current().sendReliableProvisionalResponse(provisional);
    }

    @Override
    public Request createPrack(Response reliableProvisional) throws SipException {
        return current().createPrack(reliableProvisional);
    }

    @Override
    public void terminate() {
        Dialog current = dialog;
        if (current != null) {
            current.delete();
        }
        ended();
    }

    @Override
    public String toString() {
        return "dialog " + callId();
    }
}
