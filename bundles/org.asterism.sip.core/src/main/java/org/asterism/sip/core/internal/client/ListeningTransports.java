package org.asterism.sip.core.internal.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.asterism.sip.core.internal.transport.TransportManager;
import org.asterism.sip.core.internal.transport.TransportStatus;

/** The listening transports, ordered as the transport manager lists them. */
final class ListeningTransports implements TransportDirectory {

    private final SipStackHolder holder;
    private final TransportManager manager;

    ListeningTransports(SipStackHolder holder, TransportManager manager) {
        this.holder = holder;
        this.manager = manager;
    }

    @Override
    public List<OpenTransport> listening() {
        Map<String, OpenTransport> byId = new HashMap<>();
        for (OpenTransport transport : holder.openTransports()) {
            byId.put(transport.config().id(), transport);
        }
        List<OpenTransport> ordered = new ArrayList<>();
        for (TransportStatus status : manager.statuses()) {
            OpenTransport transport = byId.get(status.config().id());
            if (transport != null && transport.config().equals(status.config())) {
                ordered.add(transport);
            }
        }
        return ordered;
    }
}
