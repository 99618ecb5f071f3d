package org.asterism.sip.identifier.ip.internal;

import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint a matched identify names, if it exists, as Asterisk looks it up after a match.
 *
 * <p>The endpoint's {@code identify_by} is deliberately not consulted: Asterisk required "ip" there for a short
 * while (ASTERISK-27206, 2017) and dropped the requirement in January 2018 ("Remove unnecessary requirement",
 * commit 42a61d9db6) because an identify names its endpoint explicitly; since then listing ip, header or
 * request_uri in {@code identify_by} is documentation only. Configurations written for Asterisk rely on that.
 */
final class IdentifiedEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(IdentifiedEndpoint.class);

    private IdentifiedEndpoint() {
    }

    static Optional<String> of(MatchIndex.Entry match, ConfigStore store) {
        Identify identify = match.identify();
        Optional<Endpoint> endpoint = store.find(Endpoint.TYPE, identify.endpoint(), Endpoint.class);
        if (endpoint.isEmpty()) {
            LOG.warn("Identify '{}' points to endpoint '{}' but endpoint could not be found", identify.id(), identify.endpoint());
            return Optional.empty();
        }
        LOG.debug("Identify '{}' SIP message matched to endpoint {}", identify.id(), identify.endpoint());
        return Optional.of(endpoint.get().id());
    }
}
