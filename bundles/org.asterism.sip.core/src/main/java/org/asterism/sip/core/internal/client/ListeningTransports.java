package org.asterism.sip.core.internal.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;

/**
 * The listening transports, in the order the configuration lists them. Read from the configuration, not from the
 * transport manager: the manager's listener is the request pipeline, whose services (the session module) need the
 * client, so depending on the manager here would make a cycle.
 */
final class ListeningTransports implements TransportDirectory {

    private final SipStackHolder holder;
    private final ConfigStore config;

    ListeningTransports(SipStackHolder holder, ConfigStore config) {
        this.holder = holder;
        this.config = config;
    }

    @Override
    public List<OpenTransport> listening() {
        Map<String, OpenTransport> byId = new HashMap<>();
        for (OpenTransport transport : holder.openTransports()) {
            byId.put(transport.config().id(), transport);
        }
        List<OpenTransport> ordered = new ArrayList<>();
        for (TransportConfig configured : config.all(TransportConfig.TYPE, TransportConfig.class)) {
            OpenTransport transport = byId.get(configured.id());
            if (transport != null && transport.config().equals(configured)) {
                ordered.add(transport);
            }
        }
        return ordered;
    }
}
