package org.asterism.sip.core.internal.objects;

/**
 * The 16 options of {@code type=system} (pjsip_config.xml, besides {@code type}), with the defaults
 * res_pjsip/config_system.c registers. The {@code threadpool_*} names are the older spellings of
 * {@code taskpool_*} and set the same values.
 */
final class SystemOptionTable {

    static final OptionTable TABLE = OptionTable.builder()
            .unsigned("timer_t1", 500)
            .unsigned("timer_b", 32000)
            .bool("compact_headers", false)
            .unsigned("taskpool_minimum_size", 4)
            .unsigned("taskpool_initial_size", 4)
            .unsigned("taskpool_auto_increment", 1)
            .unsigned("taskpool_idle_timeout", 60)
            .unsigned("taskpool_max_size", 50)
            .unsigned("threadpool_initial_size", 4)
            .unsigned("threadpool_auto_increment", 1)
            .unsigned("threadpool_idle_timeout", 60)
            .unsigned("threadpool_max_size", 50)
            .bool("disable_tcp_switch", true)
            .bool("follow_early_media_fork", true)
            .bool("accept_multiple_sdp_answers", false)
            .bool("disable_rport", false)
            .build();

    private SystemOptionTable() {
    }
}
