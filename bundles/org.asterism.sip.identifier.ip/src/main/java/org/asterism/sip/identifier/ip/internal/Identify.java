package org.asterism.sip.identifier.ip.internal;

import java.util.Optional;

/**
 * A {@code type=identify} section: which endpoint requests come from, by source address, a header or the
 * request URI.
 *
 * @param id the section name
 * @param endpoint {@code endpoint}, the id of the endpoint identified
 * @param match {@code match}: addresses, networks and host names, every line and value in order
 * @param srvLookups {@code srv_lookups}: look host names up as SIP SRV records first [yes]
 * @param matchHeader {@code match_header}, if set
 * @param matchRequestUri {@code match_request_uri}, if set
 */
public record Identify(String id, String endpoint, MatchList match, boolean srvLookups, Optional<HeaderMatch> matchHeader,
        Optional<TextMatch> matchRequestUri) {

    public static final String TYPE = "identify";
}
