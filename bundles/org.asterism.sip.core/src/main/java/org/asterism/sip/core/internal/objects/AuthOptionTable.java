package org.asterism.sip.core.internal.objects;

/**
 * The 12 options of {@code type=auth} (pjsip_config.xml, besides {@code type}), with the defaults
 * res_pjsip/config_auth.c registers: {@code auth_type} defaults to "userpass" there, which pjsip_config.xml
 * documents as "digest"; both mean digest authentication.
 */
final class AuthOptionTable {

    static final OptionTable TABLE = OptionTable.builder()
            .words("auth_type", "userpass", "userpass", "md5", "digest", "google_oauth")
            .text("username", "")
            .text("password", "")
            .repeated("password_digest")
            .text("md5_cred", "")
            .repeated("supported_algorithms_uac")
            .repeated("supported_algorithms_uas")
            .text("refresh_token", "")
            .text("oauth_clientid", "")
            .text("oauth_secret", "")
            .text("realm", "")
            .unsigned("nonce_lifetime", 32)
            .build();

    private AuthOptionTable() {
    }
}
