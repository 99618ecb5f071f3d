package org.asterism.sip.api.endpoint;

import java.util.List;
import java.util.Map;

/**
 * The {@code type=global} section (Asterisk allows one; without it, the defaults apply).
 *
 * @param id the section name
 * @param endpointIdentifierOrder {@code endpoint_identifier_order}, identifier names in the order tried
 *        ["ip,username,anonymous"; identifiers not listed come after, as in Asterisk]
 * @param defaultRealm {@code default_realm}, the realm in challenges when an auth sets none ["asterisk"]
 * @param userAgent {@code user_agent}, the User-Agent and Server header value [this server's name and version]
 * @param keepAliveInterval {@code keep_alive_interval} in seconds for connection-oriented transports; 0 is off [90]
 * @param maxForwards {@code max_forwards} on requests we originate [70]
 * @param defaultOutboundEndpoint {@code default_outbound_endpoint} ["default_outbound_endpoint"]
 * @param defaultFromUser {@code default_from_user} ["asterisk"]
 * @param defaultVoicemailExtension {@code default_voicemail_extension} [""]
 * @param unidentifiedRequestCount {@code unidentified_request_count} [5]
 * @param unidentifiedRequestPeriod {@code unidentified_request_period} in seconds [5]
 * @param unidentifiedRequestPruneInterval {@code unidentified_request_prune_interval} in seconds [30]
 * @param maxInitialQualifyTime {@code max_initial_qualify_time} in seconds; 0 is no limit [0]
 * @param contactExpirationCheckInterval {@code contact_expiration_check_interval} in seconds [30]
 * @param disableMultiDomain {@code disable_multi_domain} [no]
 * @param ignoreUriUserOptions {@code ignore_uri_user_options} [no]
 * @param options every documented global option as read, defaults filled in
 */
public record GlobalSettings(String id, List<String> endpointIdentifierOrder, String defaultRealm, String userAgent,
        int keepAliveInterval, int maxForwards, String defaultOutboundEndpoint, String defaultFromUser,
        String defaultVoicemailExtension, int unidentifiedRequestCount, int unidentifiedRequestPeriod,
        int unidentifiedRequestPruneInterval, int maxInitialQualifyTime, int contactExpirationCheckInterval,
        boolean disableMultiDomain, boolean ignoreUriUserOptions, Map<String, String> options) {

    public static final String TYPE = "global";

    public GlobalSettings {
        endpointIdentifierOrder = List.copyOf(endpointIdentifierOrder);
        options = Map.copyOf(options);
    }
}
