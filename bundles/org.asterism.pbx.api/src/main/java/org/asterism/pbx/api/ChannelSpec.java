package org.asterism.pbx.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a driver knows of a channel it asks the core to make.
 *
 * @param technology "PJSIP"
 * @param resource what follows the technology in the name, before the sequence number ("201" for PJSIP/201-00000001):
 *        the endpoint
 * @param state the starting state: RING for an incoming call, DOWN for an outgoing one
 * @param callerId the calling party for an incoming call, our own identity for an outgoing one
 * @param location where the dialplan starts (context from the endpoint, exten from the Request-URI, priority 1)
 * @param variables variables to set first ({@code set_var})
 * @param language {@code language}, "" for the default
 * @param accountCode {@code accountcode}
 */
public record ChannelSpec(String technology, String resource, ChannelState state, CallerId callerId,
        DialplanLocation location, Map<String, String> variables, String language, String accountCode) {

    public ChannelSpec {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(location, "location");
        variables = Map.copyOf(variables);
    }
}
