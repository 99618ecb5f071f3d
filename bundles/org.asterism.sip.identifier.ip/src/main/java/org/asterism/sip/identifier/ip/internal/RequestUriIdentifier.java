package org.asterism.sip.identifier.ip.internal;

import java.util.Optional;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Identifier "request_uri": the first identify, by id, whose {@code match_request_uri} the request URI matches. A
 * separate identifier as in Asterisk, so {@code endpoint_identifier_order} places it on its own.
 */
@Component(property = EndpointIdentifier.NAME_PROPERTY + "=request_uri")
public class RequestUriIdentifier implements EndpointIdentifier {

    private final IdentifyIndex index;
    private final ConfigStore store;

    @Activate
    public RequestUriIdentifier(@Reference IdentifyIndex index, @Reference ConfigStore store) {
        this.index = index;
        this.store = store;
    }

    @Override
    public Optional<String> identify(SipRequestContext request) {
        return index.current().byRequestUri(request.request()).flatMap(match -> IdentifiedEndpoint.of(match, store));
    }
}
