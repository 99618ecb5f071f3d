package org.asterism.sip.core.internal.objects;

/** The one option of {@code type=domain_alias} (pjsip_config.xml, besides {@code type}). */
final class DomainAliasOptionTable {

    static final OptionTable TABLE = OptionTable.builder()
            .text("domain", "")
            .build();

    private DomainAliasOptionTable() {
    }
}
