package org.asterism.sip.core.internal.stack;

import java.net.InetSocketAddress;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;

import org.asterism.sip.api.transport.TransportConfig;

/** A transport object that is listening: its configuration and the JAIN-SIP objects serving it. */
public record OpenTransport(TransportConfig config, InetSocketAddress bound, ListeningPoint listeningPoint, SipProvider provider) {

    /** "UDP", "TCP": how Asterisk prints the transport in traces. */
    public String transportName() {
        return listeningPoint.getTransport().toUpperCase(java.util.Locale.ROOT);
    }
}
