package org.asterism.sip.identifier.ip.internal;

import java.util.Optional;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Identifier "header": the first identify, by id, whose {@code match_header} the request carries. A separate
 * identifier as in Asterisk, so {@code endpoint_identifier_order} places it on its own.
 */
@Component(property = EndpointIdentifier.NAME_PROPERTY + "=header")
public class HeaderIdentifier implements EndpointIdentifier {

    private final IdentifyIndex index;
    private final ConfigStore store;

    @Activate
    public HeaderIdentifier(@Reference IdentifyIndex index, @Reference ConfigStore store) {
        this.index = index;
        this.store = store;
    }

    @Override
    public Optional<String> identify(SipRequestContext request) {
        return index.current().byHeader(request.request()).flatMap(match -> IdentifiedEndpoint.of(match, store));
    }
}
