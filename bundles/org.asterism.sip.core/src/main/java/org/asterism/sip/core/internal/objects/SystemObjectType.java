package org.asterism.sip.core.internal.objects;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.endpoint.SystemSettings;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code type=system}, as res_pjsip/config_system.c reads it: a {@code timer_t1} under 100 ms is raised to 100
 * and a {@code timer_b} under 64 × T1 to 64 × T1, with a warning; {@code taskpool_*} wins over the older
 * {@code threadpool_*} spelling of the same setting when a section gives both.
 */
@Component(service = ObjectType.class)
public class SystemObjectType implements ObjectType<SystemSettings> {

    static final int TIMER_T1_MIN = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SystemObjectType.class);

    @Override
    public boolean singleton() {
        return true;
    }

    @Override
    public String name() {
        return SystemSettings.TYPE;
    }

    @Override
    public SystemSettings create(ObjectOptions options) throws InvalidOptionException {
        OptionValues values = SystemOptionTable.TABLE.read(options);
        int timerT1 = values.integer("timer_t1");
        if (timerT1 < TIMER_T1_MIN) {
            LOG.warn("Timer T1 setting is too low. Setting to {}", TIMER_T1_MIN);
            timerT1 = TIMER_T1_MIN;
            values.replace("timer_t1", Integer.toString(timerT1));
        }
        int timerB = values.integer("timer_b");
        if (timerB < 64 * timerT1) {
            LOG.warn("Timer B setting is too low. Setting to {}", 64 * timerT1);
            timerB = 64 * timerT1;
            values.replace("timer_b", Integer.toString(timerB));
        }
        return new SystemSettings(options.id(), timerT1, timerB,
                values.bool("compact_headers"),
                pool(values, "initial_size"),
                pool(values, "auto_increment"),
                pool(values, "idle_timeout"),
                pool(values, "max_size"),
                values.bool("disable_tcp_switch"),
                values.bool("follow_early_media_fork"),
                values.bool("accept_multiple_sdp_answers"),
                values.bool("disable_rport"),
                values.asMap());
    }

    private static int pool(OptionValues values, String setting) {
        String current = "taskpool_" + setting;
        String former = "threadpool_" + setting;
        return values.integer(!values.given(current) && values.given(former) ? former : current);
    }
}
