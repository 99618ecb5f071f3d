package org.asterism.sip.identifier.user.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.DomainAlias;
import org.asterism.sip.api.endpoint.Endpoint;

/**
 * Finds the endpoint a claimed name and domain stand for: the first of {@code name@domain},
 * {@code name@<the domain it aliases>} and {@code name} that exists. Which identify_by methods that endpoint
 * allows is for the caller to check; as in Asterisk, an endpoint found first that does not allow the method
 * hides the ones after it.
 */
final class EndpointLookup {

    private final ConfigStore store;

    EndpointLookup(ConfigStore store) {
        this.store = store;
    }

    Optional<Endpoint> find(ClaimedIdentity claimed, boolean multiDomain) {
        for (String id : EndpointNames.candidates(claimed.name(), multiDomain ? domains(claimed.domain()) : List.of())) {
            Optional<Endpoint> endpoint = store.find(Endpoint.TYPE, id, Endpoint.class);
            if (endpoint.isPresent()) {
                return endpoint;
            }
        }
        return Optional.empty();
    }

    /**
     * The claimed domain, then the one it is an alias of. Asterisk then tries the receiving transport's
     * {@code domain}; TransportConfig does not carry that option yet.
     */
    private List<String> domains(String domain) {
        if (domain.isEmpty()) {
            return List.of();
        }
        List<String> domains = new ArrayList<>(2);
        domains.add(domain);
        store.find(DomainAlias.TYPE, domain, DomainAlias.class).ifPresent(alias -> domains.add(alias.domain()));
        return domains;
    }
}
