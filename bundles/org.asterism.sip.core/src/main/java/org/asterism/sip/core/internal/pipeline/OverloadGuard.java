package org.asterism.sip.core.internal.pipeline;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.asterism.sip.api.config.ConfigListener;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses new work while the server is behind, so that beyond capacity it answers 503 with Retry-After instead of
 * collapsing: once requests wait {@value #ENTER_MILLIS} ms in the receive queue, new out-of-dialog requests get a
 * stateless 503 (cheap: no transaction, no identification) until the wait is back under {@value #LEAVE_MILLIS} ms.
 * Requests in dialogs, ACKs and CANCELs still go through: they end work. Asterisk's distributor does the same on
 * its taskprocessor alerts, but ignores UDP requests silently; a 503 tells the peer now rather than after its
 * retransmissions have doubled the load. {@code taskprocessor_overload_trigger=none} in {@code [global]} turns it off.
 */
@Component(service = { OverloadGuard.class, ConfigListener.class })
public class OverloadGuard implements ConfigListener {

    private static final Logger LOG = LoggerFactory.getLogger(OverloadGuard.class);

    /**
     * Under T1 (500 ms), so that peers do not start retransmitting what waits, yet above what a garbage collection
     * or a cold JIT costs now and then: those pass without refusing anyone.
     */
    static final long ENTER_MILLIS = 250;
    static final long LEAVE_MILLIS = 50;
    /** Retry-After spread over a few seconds, so refused peers do not all come back at once. */
    static final int RETRY_AFTER_MIN = 2;
    static final int RETRY_AFTER_MAX = 5;

    private final LongSupplier backlogMillis;
    private final AtomicBoolean overloaded = new AtomicBoolean();
    private final LongAdder refused = new LongAdder();
    private volatile boolean enabled;

    @Activate
    public OverloadGuard(@Reference SipStackHolder stack, @Reference ConfigStore config) {
        this(stack::receiveBacklogMillis, config);
    }

    OverloadGuard(LongSupplier backlogMillis, ConfigStore config) {
        this.backlogMillis = backlogMillis;
        configChanged(config);
    }

    @Override
    public void configChanged(ConfigStore store) {
        String trigger = store.all(GlobalSettings.TYPE, GlobalSettings.class).stream().findFirst()
                .map(global -> global.options().get("taskprocessor_overload_trigger")).orElse("global");
        enabled = !"none".equals(trigger);
    }

    /** Whether a new out-of-dialog request is to be refused now; counts it if so. */
    boolean refuses() {
        if (!enabled) {
            return false;
        }
        long backlog = backlogMillis.getAsLong();
        if (overloaded.get()) {
            if (backlog < LEAVE_MILLIS) {
                if (overloaded.compareAndSet(true, false)) {
                    LOG.info("SIP requests are processed on time again: {} new requests were answered 503 meanwhile", refused.sumThenReset());
                }
                return false;
            }
        } else if (backlog < ENTER_MILLIS) {
            return false;
        } else if (overloaded.compareAndSet(false, true)) {
            LOG.warn("SIP requests wait {} ms to be processed: new requests are answered 503 with Retry-After until the backlog "
                    + "is under {} ms (taskprocessor_overload_trigger=none in [global] turns this off)", backlog, LEAVE_MILLIS);
        }
        refused.increment();
        return true;
    }

    int retryAfterSeconds() {
        return ThreadLocalRandom.current().nextInt(RETRY_AFTER_MIN, RETRY_AFTER_MAX + 1);
    }
}
