package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.asterism.loader.Reloadable;
import org.asterism.loader.UseCount;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks module bundles (those with an {@code Asterism-Module} header, in any state) and the {@link UseCount}
 * and {@link Reloadable} services, each attributed to the bundle that registered it.
 *
 * <p>Nothing is cached beyond what the framework and DS hand over: headers and states are read when a command
 * asks, so {@code module show} always reflects the framework as it is.
 */
@Component(service = ModuleRuntime.class)
public final class ModuleRegistry implements ModuleRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** Every state but UNINSTALLED: an installed, resolved bundle is an unloaded module. */
    private static final int TRACKED_STATES =
            Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.STOPPING | Bundle.ACTIVE;

    /** A service and the id of the bundle that registered it. */
    private record Registered<S>(long bundleId, long serviceId, S service) {
    }

    private final Map<Long, Registered<UseCount>> useCounts = new ConcurrentHashMap<>();
    private final Map<Long, Registered<Reloadable>> reloadables = new ConcurrentHashMap<>();
    private final BundleTracker<Bundle> moduleBundles;

    @Activate
    public ModuleRegistry(BundleContext context) {
        moduleBundles = new BundleTracker<>(context, TRACKED_STATES, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                return descriptorOf(bundle).isPresent() ? bundle : null;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
                LOG.debug("Module bundle {} is now {}", bundle.getSymbolicName(),
                        ModuleStatus.ofBundleState(bundle.getState()).label());
            }
        };
        moduleBundles.open();
    }

    @Deactivate
    void deactivate() {
        moduleBundles.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUseCount(UseCount service, ServiceReference<UseCount> reference) {
        registered(reference, service).ifPresent(r -> useCounts.put(r.serviceId(), r));
    }

    void removeUseCount(UseCount service, ServiceReference<UseCount> reference) {
        useCounts.remove(serviceId(reference));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReloadable(Reloadable service, ServiceReference<Reloadable> reference) {
        registered(reference, service).ifPresent(r -> reloadables.put(r.serviceId(), r));
    }

    void removeReloadable(Reloadable service, ServiceReference<Reloadable> reference) {
        reloadables.remove(serviceId(reference));
    }

    @Override
    public List<ModuleSnapshot> modules() {
        List<ModuleSnapshot> modules = new ArrayList<>();
        for (Bundle bundle : trackedBundles()) {
            descriptorOf(bundle).ifPresent(descriptor -> modules.add(new ModuleSnapshot(descriptor,
                    ModuleStatus.ofBundleState(bundle.getState()), readUseCounts(bundle),
                    servicesOf(reloadables, bundle).size())));
        }
        return modules;
    }

    /** {@inheritDoc} Uses {@link Bundle#START_TRANSIENT}: the bundle's autostart setting is left as it was. */
    @Override
    public void load(String name) throws ModuleOperationException {
        Bundle bundle = bundleNamed(name, b -> !ModuleStatus.ofBundleState(b.getState()).isLoaded())
                .or(() -> bundleNamed(name, b -> true))
                .orElseThrow(() -> new ModuleOperationException("no such module"));
        try {
            bundle.start(Bundle.START_TRANSIENT);
        } catch (Exception e) {
            throw ModuleOperationException.of(e);
        }
    }

    /** {@inheritDoc} Uses {@link Bundle#STOP_TRANSIENT}: the bundle's autostart setting is left as it was. */
    @Override
    public void unload(String name) throws ModuleOperationException {
        Bundle bundle = bundleNamed(name, b -> ModuleStatus.ofBundleState(b.getState()).isLoaded())
                .orElseThrow(() -> new ModuleOperationException("not loaded"));
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (Exception e) {
            throw ModuleOperationException.of(e);
        }
    }

    @Override
    public List<String> reload(String name) throws ModuleOperationException {
        Bundle bundle = bundleNamed(name, b -> b.getState() == Bundle.ACTIVE)
                .orElseThrow(() -> new ModuleOperationException("not running"));
        List<String> problems = new ArrayList<>();
        for (Reloadable reloadable : servicesOf(reloadables, bundle)) {
            try {
                List<String> reported = reloadable.reload();
                if (reported != null) {
                    reported.stream().filter(p -> p != null && !p.isBlank()).forEach(problems::add);
                }
            } catch (RuntimeException e) {
                LOG.warn("Reloading module {} failed", name, e);
                problems.add("reload failed: " + ModuleOperationException.oneLine(e));
            }
        }
        return problems;
    }

    private List<Bundle> trackedBundles() {
        Bundle[] bundles = moduleBundles.getBundles();
        return bundles == null ? List.of() : List.of(bundles);
    }

    private Optional<Bundle> bundleNamed(String name, Predicate<Bundle> condition) {
        return trackedBundles().stream()
                .filter(b -> descriptorOf(b).map(d -> ModuleNames.same(d.name(), name)).orElse(false))
                .filter(condition)
                .min(Comparator.comparingLong(Bundle::getBundleId));
    }

    private List<UseReading> readUseCounts(Bundle bundle) {
        List<UseReading> readings = new ArrayList<>();
        for (UseCount useCount : servicesOf(useCounts, bundle)) {
            try {
                readings.add(new UseReading(useCount.useCount(), useCount.describe()));
            } catch (RuntimeException e) {
                LOG.warn("A UseCount of bundle {} failed; not counted", bundle.getSymbolicName(), e);
            }
        }
        return readings;
    }

    /** The services {@code bundle} registered, in registration order. */
    private static <S> List<S> servicesOf(Map<Long, Registered<S>> services, Bundle bundle) {
        return services.values().stream()
                .filter(r -> r.bundleId() == bundle.getBundleId())
                .sorted(Comparator.comparingLong(Registered::serviceId))
                .map(Registered::service)
                .toList();
    }

    private static <S> Optional<Registered<S>> registered(ServiceReference<S> reference, S service) {
        Bundle registrant = reference.getBundle();
        if (registrant == null) {
            return Optional.empty(); // unregistered while being bound
        }
        return Optional.of(new Registered<>(registrant.getBundleId(), serviceId(reference), service));
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private static Optional<ModuleDescriptor> descriptorOf(Bundle bundle) {
        try {
            return ModuleDescriptor.fromHeaders(bundle.getHeaders("")::get);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
