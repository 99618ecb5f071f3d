package org.asterism.sip.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.SipRequestContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries the loaded {@link EndpointIdentifier}s in the configured order (Asterisk's default
 * {@code endpoint_identifier_order} until the global object sets another), never in start order.
 */
@Component(service = IdentificationStage.class)
public class IdentificationStage {

    /** Asterisk's default endpoint_identifier_order; identifiers it does not name come after, by name. */
    static final List<String> DEFAULT_ORDER = List.of("ip", "username", "anonymous");

    private static final Logger LOG = LoggerFactory.getLogger(IdentificationStage.class);

    private record Named(String name, EndpointIdentifier identifier) {
    }

    private volatile List<Named> ordered = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addIdentifier(EndpointIdentifier identifier, Map<String, Object> properties) {
        List<Named> next = new ArrayList<>(ordered);
        next.add(new Named(String.valueOf(properties.getOrDefault(EndpointIdentifier.NAME_PROPERTY, "")), identifier));
        next.sort(Comparator.comparingInt((Named named) -> rank(named.name())).thenComparing(Named::name));
        ordered = List.copyOf(next);
    }

    synchronized void removeIdentifier(EndpointIdentifier identifier) {
        List<Named> next = new ArrayList<>(ordered);
        next.removeIf(named -> named.identifier() == identifier);
        ordered = List.copyOf(next);
    }

    public Optional<String> identify(SipRequestContext request) {
        for (Named named : ordered) {
            try {
                Optional<String> endpoint = named.identifier().identify(request);
                if (endpoint.isPresent()) {
                    return endpoint;
                }
            } catch (RuntimeException e) {
                LOG.warn("Endpoint identifier '{}' failed: {}", named.name(), e.toString());
            }
        }
        return Optional.empty();
    }

    private static int rank(String name) {
        int index = DEFAULT_ORDER.indexOf(name);
        return index < 0 ? DEFAULT_ORDER.size() : index;
    }
}
