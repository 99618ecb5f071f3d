package org.asterism.loader.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A module as seen at one moment: its descriptor, status, use counts and whether it can reload.
 *
 * @param descriptor  what its manifest says
 * @param status      derived from its bundle's state
 * @param uses        one reading per {@link org.asterism.loader.UseCount} service its bundle registered
 * @param reloadables how many {@link org.asterism.loader.Reloadable} services its bundle registered
 */
public record ModuleSnapshot(ModuleDescriptor descriptor, ModuleStatus status, List<UseReading> uses,
        int reloadables) {

    public ModuleSnapshot {
        uses = List.copyOf(uses);
    }

    public String name() {
        return descriptor.name();
    }

    public String displayName() {
        return descriptor.displayName();
    }

    public boolean isLoaded() {
        return status.isLoaded();
    }

    public boolean supportsReload() {
        return reloadables > 0;
    }

    /** The Use Count column: the sum over the module's UseCount services. */
    public int useCount() {
        return uses.stream().mapToInt(UseReading::count).sum();
    }

    /** What is using the module, e.g. {@code "2 active calls, 1 subscriptions"}; empty when nothing is. */
    public String describeUses() {
        return uses.stream().filter(u -> u.count() > 0).map(UseReading::toString).collect(Collectors.joining(", "));
    }
}
