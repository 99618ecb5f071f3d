package org.asterism.sip.core.internal.client;

import javax.sip.ClientTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.message.Request;

/** Makes the client transaction of one attempt, gives it the attempt as its application data, and sends it. */
@FunctionalInterface
public interface TransactionSender {

    /** Outside any dialog. */
    TransactionSender PLAIN = (provider, request, attempt) -> {
        ClientTransaction transaction = provider.getNewClientTransaction(request);
        transaction.setApplicationData(attempt);
        transaction.sendRequest();
        return transaction;
    };

    ClientTransaction send(SipProvider provider, Request request, ClientTransactionListener attempt) throws SipException;
}
