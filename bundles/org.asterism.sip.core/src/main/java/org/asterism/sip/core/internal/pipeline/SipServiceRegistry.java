package org.asterism.sip.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipService;
import org.asterism.sip.core.internal.screening.StandardMethods;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The loaded {@link SipService}s by method, highest {@code service.ranking} first. What they declare
 * makes up Allow, Accept and Supported; each change swaps in a new immutable {@link Services} view.
 */
@Component(service = SipServiceRegistry.class)
public class SipServiceRegistry {

    /** Registered services and what they add up to, at one moment. */
    public record Services(List<SipService> ordered, Capabilities capabilities) {

        public List<SipService> forMethod(String method) {
            List<SipService> matching = new ArrayList<>();
            for (SipService service : ordered) {
                if (service.methods().contains(method)) {
                    matching.add(service);
                }
            }
            return matching;
        }
    }

    private record Ranked(SipService service, int ranking, long id) {
    }

    private final List<Ranked> ranked = new ArrayList<>();
    private volatile Services current = build(List.of());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addService(SipService service, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        long id = ((Number) properties.getOrDefault(Constants.SERVICE_ID, 0L)).longValue();
        ranked.add(new Ranked(service, ranking instanceof Integer ? (Integer) ranking : 0, id));
        ranked.sort(Comparator.comparingInt(Ranked::ranking).reversed().thenComparingLong(Ranked::id));
        current = build(ranked);
    }

    synchronized void removeService(SipService service) {
        ranked.removeIf(entry -> entry.service() == service);
        current = build(ranked);
    }

    public Services current() {
        return current;
    }

    private static Services build(List<Ranked> ranked) {
        List<SipService> ordered = new ArrayList<>();
        Set<String> methods = new TreeSet<>(StandardMethods.ORDER);
        Set<String> accepted = new TreeSet<>();
        Set<String> supported = new TreeSet<>();
        for (Ranked entry : ranked) {
            ordered.add(entry.service());
            methods.addAll(entry.service().methods());
            accepted.addAll(entry.service().acceptedContentTypes());
            supported.addAll(entry.service().supportedOptions());
        }
        return new Services(List.copyOf(ordered), new Capabilities(Collections.unmodifiableSet(methods),
                Collections.unmodifiableSet(supported), Collections.unmodifiableSet(accepted)));
    }
}
