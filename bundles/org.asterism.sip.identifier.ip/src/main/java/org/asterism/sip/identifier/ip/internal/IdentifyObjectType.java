package org.asterism.sip.identifier.ip.internal;

import java.util.Optional;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.osgi.service.component.annotations.Component;

/**
 * {@code type=identify}, with Asterisk's options and checks: {@code endpoint} is required, and at least one of
 * {@code match}, {@code match_header} and {@code match_request_uri}. {@code match} may be repeated and its values
 * add up; the other options keep their last value. Host names in {@code match} are not resolved here but by
 * {@link HostResolver}, off the configuration and SIP threads.
 */
@Component(service = ObjectType.class)
public class IdentifyObjectType implements ObjectType<Identify> {

    @Override
    public String name() {
        return Identify.TYPE;
    }

    @Override
    public Identify create(ObjectOptions options) throws InvalidOptionException {
        String endpoint = options.string("endpoint", "");
        MatchList match = MatchList.parse(options.list(MatchList.OPTION));
        boolean srvLookups = options.bool("srv_lookups", true);
        Optional<String> header = options.value(HeaderMatch.OPTION).filter(value -> !value.isEmpty());
        Optional<String> requestUri = options.value("match_request_uri").filter(value -> !value.isEmpty());
        if (endpoint.isEmpty()) {
            throw new InvalidOptionException("endpoint", "", "Identify '" + options.id() + "' missing required endpoint name");
        }
        if (match.isEmpty() && header.isEmpty() && requestUri.isEmpty()) {
            throw new InvalidOptionException(MatchList.OPTION, "", "Identify '" + options.id()
                    + "' is not configured to match anything; set match, match_header or match_request_uri");
        }
        Optional<HeaderMatch> matchHeader = header.isEmpty() ? Optional.empty() : Optional.of(HeaderMatch.parse(header.get()));
        Optional<TextMatch> matchRequestUri = requestUri.isEmpty() ? Optional.empty()
                : Optional.of(TextMatch.parse("match_request_uri", requestUri.get()));
        return new Identify(options.id(), endpoint, match, srvLookups, matchHeader, matchRequestUri);
    }
}
