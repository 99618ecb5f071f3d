package org.asterism.sip.core.internal.objects;

/** The 15 options of {@code type=aor} (pjsip_config.xml, besides {@code type}), with res_pjsip/location.c's defaults. */
final class AorOptionTable {

    static final OptionTable TABLE = OptionTable.builder()
            .repeated("contact")
            .unsigned("default_expiration", 3600)
            .text("mailboxes", "")
            .text("voicemail_extension", "")
            .unsigned("maximum_expiration", 7200)
            .unsigned("max_contacts", 0)
            .unsigned("minimum_expiration", 60)
            .bool("remove_existing", false)
            .bool("remove_unavailable", false)
            .integer("qualify_frequency", 0, 0, 86400)
            .decimal("qualify_timeout", "3.0", 0)
            .bool("qualify_2xx_only", false)
            .bool("authenticate_qualify", false)
            .text("outbound_proxy", "")
            .bool("support_path", false)
            .build();

    private AorOptionTable() {
    }
}
