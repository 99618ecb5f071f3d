package org.asterism.sip.api.endpoint;

import java.util.Map;

/**
 * The {@code type=system} section (Asterisk allows one; without it, the defaults apply). Asterisk reads it
 * once at start; a reload does not change the stack.
 *
 * @param id the section name
 * @param timerT1 {@code timer_t1} in ms, at least 100 (Asterisk raises lower values) [500]
 * @param timerB {@code timer_b} in ms, at least 64 × T1 (Asterisk raises lower values) [32000]
 * @param compactHeaders {@code compact_headers} [no]
 * @param threadpoolInitialSize {@code taskpool_initial_size}, formerly {@code threadpool_initial_size} [4]
 * @param threadpoolAutoIncrement {@code taskpool_auto_increment}, formerly {@code threadpool_auto_increment} [1]
 * @param threadpoolIdleTimeout {@code taskpool_idle_timeout} in seconds, formerly {@code threadpool_idle_timeout} [60]
 * @param threadpoolMaxSize {@code taskpool_max_size}, formerly {@code threadpool_max_size} [50]
 * @param disableTcpSwitch {@code disable_tcp_switch}: never switch a large UDP request to TCP [yes]
 * @param followEarlyMediaFork {@code follow_early_media_fork} [yes]
 * @param acceptMultipleSdpAnswers {@code accept_multiple_sdp_answers} [no]
 * @param disableRport {@code disable_rport} [no]
 * @param options every documented system option as read, defaults filled in
 */
public record SystemSettings(String id, int timerT1, int timerB, boolean compactHeaders, int threadpoolInitialSize,
        int threadpoolAutoIncrement, int threadpoolIdleTimeout, int threadpoolMaxSize, boolean disableTcpSwitch,
        boolean followEarlyMediaFork, boolean acceptMultipleSdpAnswers, boolean disableRport,
        Map<String, String> options) {

    public static final String TYPE = "system";

    public SystemSettings {
        options = Map.copyOf(options);
    }
}
