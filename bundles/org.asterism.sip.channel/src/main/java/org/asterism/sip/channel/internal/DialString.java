package org.asterism.sip.channel.internal;

import java.util.Optional;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.HangupCause;

/**
 * What follows {@code PJSIP/} in a dial string: {@code endpoint}, {@code endpoint/URI}, {@code user@endpoint}, as
 * chan_pjsip's {@code request} reads it.
 *
 * @param endpoint the endpoint's name
 * @param user the user part to call at the endpoint's contacts ({@code 5551234@trunk})
 * @param uri an explicit Request-URI ({@code 201/sip:201@10.0.0.2})
 */
record DialString(String endpoint, Optional<String> user, Optional<String> uri) {

    static DialString parse(String address) throws ChannelRequestException {
        String text = address == null ? "" : address.trim();
        if (text.isEmpty()) {
            throw new ChannelRequestException(HangupCause.CHANNEL_UNACCEPTABLE, "Unable to create PJSIP channel with empty destination");
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String endpoint = text.substring(0, slash);
            requireName(endpoint);
            String uri = text.substring(slash + 1);
            return new DialString(endpoint, Optional.empty(), uri.isEmpty() ? Optional.empty() : Optional.of(uri));
        }
        int at = text.lastIndexOf('@');
        if (at >= 0) {
            String endpoint = text.substring(at + 1);
            requireName(endpoint);
            String user = text.substring(0, at);
            return new DialString(endpoint, user.isEmpty() ? Optional.empty() : Optional.of(user), Optional.empty());
        }
        return new DialString(text, Optional.empty(), Optional.empty());
    }

    private static void requireName(String endpoint) throws ChannelRequestException {
        if (endpoint.isEmpty()) {
            throw new ChannelRequestException(HangupCause.CHANNEL_UNACCEPTABLE, "Unable to create PJSIP channel with empty endpoint name");
        }
    }
}
