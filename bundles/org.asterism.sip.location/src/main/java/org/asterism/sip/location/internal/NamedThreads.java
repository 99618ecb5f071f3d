package org.asterism.sip.location.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named for what they do: {@code asterism-location-<role>}, numbered when there are several. */
final class NamedThreads implements ThreadFactory {

    private final String name;
    private final boolean numbered;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String role, boolean numbered) {
        this.name = "asterism-location-" + role;
        this.numbered = numbered;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, numbered ? name + "-" + count.getAndIncrement() : name);
        thread.setDaemon(true);
        return thread;
    }
}
