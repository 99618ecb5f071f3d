package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.asterism.sip.api.config.ConfigListener;
import org.asterism.sip.api.config.ConfigStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link MatchIndex} in force: rebuilt on every configuration change and whenever host names resolve
 * differently, and swapped in whole, so identification reads it without locking. Host names are resolved by a
 * {@link HostResolver} on this component's own thread, at each change and every {@link #REFRESH}.
 */
@Component(service = { ConfigListener.class, IdentifyIndex.class }, immediate = true)
public class IdentifyIndex implements ConfigListener {

    static final Duration REFRESH = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(IdentifyIndex.class);

    private final ScheduledExecutorService executor;
    private final HostResolver resolver;
    private final Object rebuildLock = new Object();
    private List<Identify> identifies = List.of(); // guarded by rebuildLock
    private Set<String> warnedOverlaps = Set.of(); // guarded by rebuildLock
    private volatile MatchIndex current = MatchIndex.EMPTY;

    @Activate
    public IdentifyIndex() {
        this(resolverThread(), name -> List.of(InetAddress.getAllByName(name)), new JndiSrvLookup());
        resolver.refreshEvery(REFRESH);
    }

    IdentifyIndex(ScheduledExecutorService executor, HostResolver.AddressLookup addresses, HostResolver.SrvLookup srv) {
        this.executor = executor;
        this.resolver = new HostResolver(executor, addresses, srv, this::resolved);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** The identifies and their address rules in force now. */
    public MatchIndex current() {
        return current;
    }

    @Override
    public void configChanged(ConfigStore store) {
        List<Identify> changed = store.all(Identify.TYPE, Identify.class);
        synchronized (rebuildLock) {
            identifies = changed;
            rebuild(true);
        }
        resolver.resolve(changed);
    }

    private void resolved() {
        synchronized (rebuildLock) {
            rebuild(false);
        }
    }

    /** After a configuration change every overlap is reported again; after a resolution, only new ones. */
    private void rebuild(boolean configChanged) {
        MatchIndex index = MatchIndex.build(identifies, resolver::addresses);
        current = index;
        Set<String> overlaps = new HashSet<>();
        for (MatchIndex.Overlap overlap : index.overlaps()) {
            String text = overlap.describe();
            overlaps.add(text);
            if (configChanged || !warnedOverlaps.contains(text)) {
                LOG.warn(text);
            }
        }
        warnedOverlaps = Set.copyOf(overlaps);
    }

    private static ScheduledExecutorService resolverThread() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "asterism-identify-resolver");
            thread.setDaemon(true);
            thread.setContextClassLoader(null); // JNDI then finds the JDK's DNS provider through the system class loader
            return thread;
        });
    }
}
