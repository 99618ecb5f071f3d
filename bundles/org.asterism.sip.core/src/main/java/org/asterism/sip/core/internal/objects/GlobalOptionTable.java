package org.asterism.sip.core.internal.objects;

/**
 * The 28 options of {@code type=global} (pjsip_config.xml, besides {@code type}), with the defaults
 * res_pjsip/config_global.c registers. {@code user_agent} defaults to this server's name and version, as
 * Asterisk's defaults to "Asterisk PBX" and its version.
 */
final class GlobalOptionTable {

    static final String DEFAULT_IDENTIFIER_ORDER = "ip,username,anonymous";

    private GlobalOptionTable() {
    }

    static OptionTable create(String defaultUserAgent) {
        return OptionTable.builder()
                .unsigned("max_forwards", 70)
                .unsigned("keep_alive_interval", 90)
                .unsigned("contact_expiration_check_interval", 30)
                .bool("disable_multi_domain", false)
                .unsigned("max_initial_qualify_time", 0)
                .unsigned("unidentified_request_period", 5)
                .unsigned("unidentified_request_count", 5)
                .unsigned("unidentified_request_prune_interval", 30)
                .text("user_agent", defaultUserAgent)
                .text("regcontext", "")
                .text("default_outbound_endpoint", "default_outbound_endpoint")
                .text("default_voicemail_extension", "")
                .text("debug", "no")
                .text("endpoint_identifier_order", DEFAULT_IDENTIFIER_ORDER)
                .text("default_from_user", "asterisk")
                .text("default_realm", "asterisk")
                .unsigned("mwi_tps_queue_high", 500)
                .integer("mwi_tps_queue_low", -1, Integer.MIN_VALUE, Integer.MAX_VALUE)
                .bool("mwi_disable_initial_unsolicited", false)
                .bool("ignore_uri_user_options", false)
                .bool("use_callerid_contact", false)
                .bool("send_contact_status_on_update_registration", false)
                .words("taskprocessor_overload_trigger", "global", "none", "global", "pjsip_only")
                .bool("norefersub", true)
                .bool("allow_sending_180_after_183", false)
                .bool("all_codecs_on_empty_reinvite", false)
                .text("default_auth_algorithms_uas", "MD5")
                .text("default_auth_algorithms_uac", "MD5")
                .build();
    }
}
