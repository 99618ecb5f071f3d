package org.asterism.sip.session.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.sip.session.api.SdpHandler;
import org.asterism.sip.session.api.SessionSupplement;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The modules that plug into sessions: one {@link SdpHandler} per media type and the {@link SessionSupplement}s in
 * priority order. They come and go at any time; a session asks for them each time it needs them.
 */
@Component(service = SessionExtensions.class)
public class SessionExtensions {

    private final Map<String, SdpHandler> handlers = new ConcurrentHashMap<>();
    private final List<SessionSupplement> supplements = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(SdpHandler handler) {
        handlers.put(handler.mediaType(), handler);
    }

    void removeHandler(SdpHandler handler) {
        handlers.remove(handler.mediaType(), handler);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSupplement(SessionSupplement supplement) {
        supplements.add(supplement);
        supplements.sort(Comparator.comparingInt(SessionSupplement::priority));
    }

    void removeSupplement(SessionSupplement supplement) {
        supplements.remove(supplement);
    }

    /** The handler of a media type ("audio"), if a module for it is loaded. */
    public Optional<SdpHandler> handler(String mediaType) {
        return Optional.ofNullable(handlers.get(mediaType));
    }

    /** The supplements interested in a method, lowest priority first. */
    public List<SessionSupplement> supplements(String method) {
        return supplements.stream().filter(s -> s.methods().isEmpty() || s.methods().contains(method)).toList();
    }
}
