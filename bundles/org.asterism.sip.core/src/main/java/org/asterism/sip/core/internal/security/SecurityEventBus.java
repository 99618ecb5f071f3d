package org.asterism.sip.core.internal.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventListener;
import org.asterism.sip.api.security.SecurityEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands every reported security event to the {@link SecurityEventListener}s; a failing listener harms nobody. */
@Component(service = { SecurityEvents.class, SecurityEventBus.class })
public class SecurityEventBus implements SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityEventBus.class);

    private final List<SecurityEventListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addListener(SecurityEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SecurityEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public boolean active() {
        return !listeners.isEmpty();
    }

    @Override
    public void report(SecurityEvent event) {
        for (SecurityEventListener listener : listeners) {
            try {
                listener.onSecurityEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Security event listener {} failed on {}: {}", listener, event.type().eventName(), e.toString());
            }
        }
    }
}
