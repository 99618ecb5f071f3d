package org.asterism.sip.core.internal.transport;

import java.util.Optional;

import org.asterism.sip.api.transport.TransportConfig;

/** A configured transport and whether it is listening, for {@code pjsip show transports}. */
public record TransportStatus(TransportConfig config, String state, Optional<String> problem) {
}
