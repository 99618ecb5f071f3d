package org.asterism.loader.internal;

import java.util.List;

/**
 * The live modules: what {@code module show} lists and what {@code module load/unload/reload} act on.
 * Implemented over OSGi by {@link ModuleRegistry}; the commands see only this.
 */
public interface ModuleRuntime {

    /** Every module bundle installed, loaded or not, as it is now. */
    List<ModuleSnapshot> modules();

    /**
     * Starts the module's bundle transiently, as Asterisk's {@code module load} lasts only until restart.
     *
     * @param name the module name, without {@code .so}
     * @throws ModuleOperationException when there is no such module or the framework could not start it
     */
    void load(String name) throws ModuleOperationException;

    /**
     * Stops the module's bundle transiently: it comes back at the next restart if it was set to start.
     *
     * @param name the module name, without {@code .so}
     * @throws ModuleOperationException when there is no such loaded module or the framework could not stop it
     */
    void unload(String name) throws ModuleOperationException;

    /**
     * Calls every {@link org.asterism.loader.Reloadable} the module's bundle registered.
     *
     * @param name the module name, without {@code .so}
     * @return the problems they reported, one line each; a Reloadable that throws yields one line
     * @throws ModuleOperationException when there is no such loaded module
     */
    List<String> reload(String name) throws ModuleOperationException;
}
