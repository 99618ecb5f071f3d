package org.asterism.sip.identifier.anonymous.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.DomainAlias;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code anonymous}: requests nobody else identified go to {@code anonymous@<From host>} (or
 * {@code anonymous@<the domain that host aliases>}), else to {@code anonymous}, whichever exists first.
 * The endpoint's {@code identify_by} does not matter here, as in Asterisk.
 */
@Component(service = EndpointIdentifier.class, property = EndpointIdentifier.NAME_PROPERTY + "=" + AnonymousIdentifier.NAME)
public class AnonymousIdentifier implements EndpointIdentifier {

    static final String NAME = "anonymous";

    private final ConfigStore store;

    @Activate
    public AnonymousIdentifier(@Reference ConfigStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> identify(SipRequestContext request) {
        Optional<String> host = FromHost.of(request.request());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        for (String id : EndpointNames.candidates(multiDomain() ? domains(host.get()) : List.of())) {
            if (store.find(Endpoint.TYPE, id, Endpoint.class).isPresent()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private boolean multiDomain() {
        return store.all(GlobalSettings.TYPE, GlobalSettings.class).stream().findFirst()
                .map(global -> !global.disableMultiDomain())
                .orElse(true);
    }

    /**
     * The From host, then the domain it is an alias of. Asterisk then tries the receiving transport's
     * {@code domain}; TransportConfig does not carry that option yet.
     */
    private List<String> domains(String host) {
        List<String> domains = new ArrayList<>(2);
        domains.add(host);
        store.find(DomainAlias.TYPE, host, DomainAlias.class).ifPresent(alias -> domains.add(alias.domain()));
        return domains;
    }
}
