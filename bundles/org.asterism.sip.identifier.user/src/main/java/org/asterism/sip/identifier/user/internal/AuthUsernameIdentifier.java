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
 * {@code identify_by=auth_username}: the endpoint named by a Digest {@code Authorization} header's username,
 * {@code username@realm} before {@code username} (the realm stands for the domain, as in Asterisk). Each
 * header is tried in turn until one names an endpoint whose {@code identify_by} allows this method.
 */
@Component(service = EndpointIdentifier.class, property = EndpointIdentifier.NAME_PROPERTY + "=" + AuthUsernameIdentifier.NAME)
public class AuthUsernameIdentifier implements EndpointIdentifier {

    static final String NAME = "auth_username";

    private static final Logger LOG = LoggerFactory.getLogger(AuthUsernameIdentifier.class);

    private final ConfigStore store;
    private final EndpointLookup lookup;

    @Activate
    public AuthUsernameIdentifier(@Reference ConfigStore store) {
        this.store = store;
        this.lookup = new EndpointLookup(store);
    }

    @Override
    public Optional<String> identify(SipRequestContext request) {
        boolean multiDomain = LookupOptions.of(store).multiDomain();
        for (ClaimedIdentity credential : DigestUsernames.of(request.request())) {
            Optional<Endpoint> endpoint = lookup.find(credential, multiDomain);
            if (endpoint.isPresent()) {
                if (endpoint.get().identifiableBy(NAME)) {
                    return endpoint.map(Endpoint::id);
                }
                LOG.debug("Endpoint found for '{}' but 'auth_username' method not supported", credential.name());
            }
        }
        return Optional.empty();
    }
}
