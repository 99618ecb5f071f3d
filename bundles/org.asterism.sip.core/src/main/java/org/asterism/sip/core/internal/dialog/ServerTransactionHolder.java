package org.asterism.sip.core.internal.dialog;

import javax.sip.ServerTransaction;
import org.asterism.sip.core.internal.stack.OpenTransport;

/** What the dialog layer needs of a received request: its server transaction and the transport it came over. */
public interface ServerTransactionHolder {

    /** The request's server transaction, null when it is answered statelessly. */
    ServerTransaction serverTransaction();

    OpenTransport openTransport();
}
