package org.asterism.loader;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module that can re-read its configuration without being unloaded ({@code module reload X}).
 * Registered as a service by the module's bundle; the loader calls every one the bundle registered.
 */
@ConsumerType
public interface Reloadable {

    /**
     * Re-reads configuration and swaps it in atomically.
     *
     * @return the problems found, each a line for the operator; empty when all went well
     */
    List<String> reload();
}
