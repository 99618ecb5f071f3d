package org.asterism.sip.core.internal.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.sip.api.MessageObserver;
import org.asterism.sip.api.SipMessageTrace;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands every message in and out to the registered {@link MessageObserver}s; a failing observer harms nobody. */
@Component(service = ObserverBus.class)
public class ObserverBus {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverBus.class);

    private final List<MessageObserver> observers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addObserver(MessageObserver observer) {
        observers.add(observer);
    }

    void removeObserver(MessageObserver observer) {
        observers.remove(observer);
    }

    /** Whether anyone listens: without observers the core does not format traces at all. */
    public boolean active() {
        return !observers.isEmpty();
    }

    public void publish(SipMessageTrace trace) {
        for (MessageObserver observer : observers) {
            try {
                observer.observe(trace);
            } catch (RuntimeException e) {
                LOG.warn("Message observer {} failed: {}", observer, e.toString());
            }
        }
    }
}
