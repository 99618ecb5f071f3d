package org.asterism.sip.session.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.api.dialog.DialogLayer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The module's shared services and its own threads. */
@Component(service = SessionRuntime.class)
public class SessionRuntime {

    private final ScheduledThreadPoolExecutor executor;
    private final SessionServices services;

    @Activate
    public SessionRuntime(@Reference DialogLayer dialogs, @Reference SipClient client, @Reference SessionExtensions extensions,
            @Reference SessionDirectory directory) {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "asterism-session-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        services = new SessionServices(dialogs, client, extensions, directory, executor);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    SessionServices services() {
        return services;
    }
}
