package org.asterism.sip.identifier.ip.internal;

import java.util.Optional;

import org.asterism.sip.api.EndpointIdentifier;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Identifier "ip": the first identify, by id, whose {@code match} covers the packet's source address and port. */
@Component(property = EndpointIdentifier.NAME_PROPERTY + "=ip")
public class SourceAddressIdentifier implements EndpointIdentifier {

    private final IdentifyIndex index;
    private final ConfigStore store;

    @Activate
    public SourceAddressIdentifier(@Reference IdentifyIndex index, @Reference ConfigStore store) {
        this.index = index;
        this.store = store;
    }

    @Override
    public Optional<String> identify(SipRequestContext request) {
        return index.current().bySource(request.source()).flatMap(match -> IdentifiedEndpoint.of(match, store));
    }
}
