package org.asterism.sip.core.internal.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.asterism.sip.api.config.ConfigListener;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.api.transport.TransportProtocol;
import org.asterism.sip.core.internal.pipeline.RequestPipeline;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the listening points equal to the transport objects whose protocol module is loaded: a reload
 * that adds, changes or removes a {@code type=transport} section, or a protocol module coming or going,
 * opens or closes exactly the listening points concerned and leaves the others alone.
 */
@Component(service = { ConfigListener.class, TransportManager.class }, immediate = true)
public class TransportManager implements ConfigListener {

    private static final Logger LOG = LoggerFactory.getLogger(TransportManager.class);

    private final SipStackHolder stack;
    private final RequestPipeline pipeline;
    private final ConfigStore store;
    private final Map<String, TransportProtocol> protocols = new ConcurrentHashMap<>();
    private final Map<String, OpenTransport> open = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private boolean active;

    @Activate
    public TransportManager(@Reference SipStackHolder stack, @Reference RequestPipeline pipeline, @Reference ConfigStore store) {
        this.stack = stack;
        this.pipeline = pipeline;
        this.store = store;
    }

    @Activate
    synchronized void activate() {
        active = true;
        reconcile();
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        open.values().forEach(transport -> stack.close(transport, pipeline));
        open.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProtocol(TransportProtocol protocol) {
        protocols.put(protocol.name(), protocol);
        reconcileIfActive();
    }

    void removeProtocol(TransportProtocol protocol) {
        protocols.remove(protocol.name(), protocol);
        reconcileIfActive();
    }

    @Override
    public void configChanged(ConfigStore changed) {
        reconcileIfActive();
    }

    /** Every configured transport with its state, in configuration order. */
    public synchronized List<TransportStatus> statuses() {
        List<TransportStatus> statuses = new ArrayList<>();
        for (TransportConfig config : store.all(TransportConfig.TYPE, TransportConfig.class)) {
            OpenTransport listening = open.get(config.id());
            String state = listening != null ? "listening"
                    : protocols.containsKey(config.protocol()) ? "failed" : "protocol not loaded";
            statuses.add(new TransportStatus(config, state, Optional.ofNullable(problems.get(config.id()))));
        }
        return statuses;
    }

    private synchronized void reconcileIfActive() {
        if (active) {
            reconcile();
        }
    }

    private void reconcile() {
        Map<String, TransportConfig> wanted = new HashMap<>();
        for (TransportConfig config : store.all(TransportConfig.TYPE, TransportConfig.class)) {
            if (protocols.containsKey(config.protocol())) {
                wanted.put(config.id(), config);
            }
        }
        for (String id : List.copyOf(open.keySet())) {
            OpenTransport current = open.get(id);
            if (!current.config().equals(wanted.get(id))) {
                stack.close(open.remove(id), pipeline);
                LOG.info("Transport '{}' stopped listening on {}/{}", id, current.bound(), current.config().protocol());
            }
        }
        problems.clear();
        for (TransportConfig config : wanted.values()) {
            if (!open.containsKey(config.id())) {
                openOne(config);
            }
        }
    }

    private void openOne(TransportConfig config) {
        TransportProtocol protocol = protocols.get(config.protocol());
        try {
            OpenTransport listening = stack.open(config, protocol.defaultPort(), pipeline);
            open.put(config.id(), listening);
            LOG.info("Transport '{}' listening on {}/{}", config.id(), listening.bound(), config.protocol());
        } catch (IOException e) {
            problems.put(config.id(), e.getMessage());
            LOG.error("Transport '{}' could not listen on {}/{}: {}", config.id(), config.bind(), config.protocol(), e.getMessage());
        }
    }
}
