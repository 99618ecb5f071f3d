package org.asterism.sip.channel.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.ChannelSpec;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.sip.api.endpoint.Endpoint;

/** What a PJSIP channel starts with, from its endpoint: context, {@code set_var}, language, account code. */
final class ChannelSpecs {

    static final String TECHNOLOGY = "PJSIP";

    private ChannelSpecs() {
    }

    static ChannelSpec of(Endpoint endpoint, ChannelState state, CallerId callerId, String exten) {
        return new ChannelSpec(TECHNOLOGY, endpoint.id(), state, callerId, new DialplanLocation(endpoint.context(), exten, 1),
                variables(endpoint), endpoint.language(), endpoint.accountcode());
    }

    /** {@code set_var=NAME=value} lines; a later line for a name wins. */
    private static Map<String, String> variables(Endpoint endpoint) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : endpoint.setVar()) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                variables.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return variables;
    }
}
