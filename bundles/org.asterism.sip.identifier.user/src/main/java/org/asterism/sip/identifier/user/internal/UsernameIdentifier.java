package org.asterism.sip.identifier.user.internal;

import java.util.Optional;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code identify_by=username}: the endpoint named by the From URI's user, {@code user@domain} before
 * {@code user}, if its {@code identify_by} allows this method.
 */
@Component(service = EndpointIdentifier.class, property = EndpointIdentifier.NAME_PROPERTY + "=" + UsernameIdentifier.NAME)
public class UsernameIdentifier implements EndpointIdentifier {

    static final String NAME = "username";

    private static final Logger LOG = LoggerFactory.getLogger(UsernameIdentifier.class);

    private final ConfigStore store;
    private final EndpointLookup lookup;

    @Activate
    public UsernameIdentifier(@Reference ConfigStore store) {
        this.store = store;
        this.lookup = new EndpointLookup(store);
    }

    @Override
    public Optional<String> identify(SipRequestContext request) {
        LookupOptions options = LookupOptions.of(store);
        Optional<ClaimedIdentity> from = FromUser.of(request.request(), options.ignoreUriUserOptions());
        Optional<Endpoint> endpoint = from.flatMap(claimed -> lookup.find(claimed, options.multiDomain()));
        if (endpoint.isPresent() && !endpoint.get().identifiableBy(NAME)) {
            LOG.debug("Endpoint found for '{}' but 'username' method not supported", from.get().name());
            return Optional.empty();
        }
        return endpoint.map(Endpoint::id);
    }
}
