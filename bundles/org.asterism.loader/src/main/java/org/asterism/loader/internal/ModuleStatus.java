package org.asterism.loader.internal;

import org.osgi.framework.Bundle;

/**
 * A module's state as {@code module show} reports it, derived from its bundle's state.
 *
 * <p>Asterisk lists only modules it holds in memory; here those are bundles that are active or on their way in
 * or out. A resolved or installed bundle is an unloaded module and is not listed.
 */
public enum ModuleStatus {
    /** Bundle ACTIVE. */
    RUNNING("Running", true, true),
    /** Bundle STARTING (activating, or waiting for lazy activation): counts as loaded. */
    STARTING("Starting", true, true),
    /** Bundle STOPPING: listed, but no longer counts as loaded. */
    STOPPING("Stopping", true, false),
    /** Bundle RESOLVED or INSTALLED: an unloaded module. */
    NOT_RUNNING("Not Running", false, false);

    private final String label;
    private final boolean listed;
    private final boolean loaded;

    ModuleStatus(String label, boolean listed, boolean loaded) {
        this.label = label;
        this.listed = listed;
        this.loaded = loaded;
    }

    /** The Status column text. */
    public String label() {
        return label;
    }

    /** Whether {@code module show} lists the module. */
    public boolean isListed() {
        return listed;
    }

    /** Whether the module counts as loaded: it satisfies Requires, it can be unloaded and not loaded again. */
    public boolean isLoaded() {
        return loaded;
    }

    /** Maps an OSGi {@link Bundle#getState() bundle state}. */
    public static ModuleStatus ofBundleState(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> RUNNING;
            case Bundle.STARTING -> STARTING;
            case Bundle.STOPPING -> STOPPING;
            default -> NOT_RUNNING;
        };
    }
}
