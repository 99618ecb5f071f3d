package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The modules known at one moment and the Requires relations between them.
 *
 * <p>Modules are kept in the order {@code module show} lists them: by {@code name.so}, ignoring case, as
 * Asterisk's {@code alpha_module_list_create} sorts them.
 */
public final class ModuleGraph {

    /** Asterisk sorts with {@code strcasecmp} on the resource name, which carries {@code .so}. */
    static final Comparator<ModuleSnapshot> BY_DISPLAY_NAME =
            Comparator.comparing(ModuleSnapshot::displayName, String.CASE_INSENSITIVE_ORDER);

    private final List<ModuleSnapshot> modules;

    public ModuleGraph(Collection<ModuleSnapshot> modules) {
        this.modules = modules.stream().sorted(BY_DISPLAY_NAME).toList();
    }

    /** All modules, loaded or not, sorted by name. */
    public List<ModuleSnapshot> modules() {
        return modules;
    }

    /**
     * The module an operator named, with or without {@code .so}, in any case. Should two bundles claim the same
     * name, a loaded one wins.
     */
    public Optional<ModuleSnapshot> find(String typed) {
        List<ModuleSnapshot> named = modules.stream().filter(m -> ModuleNames.same(m.name(), typed)).toList();
        return named.stream().filter(ModuleSnapshot::isLoaded).findFirst().or(() -> named.stream().findFirst());
    }

    /** The names in {@code module}'s Requires that are not loaded now, in the order the header lists them. */
    public List<String> missingRequirements(ModuleSnapshot module) {
        return module.descriptor().requires().stream()
                .filter(required -> find(required).map(m -> !m.isLoaded()).orElse(true))
                .toList();
    }

    /** The loaded modules whose Requires name {@code module}, sorted by name. */
    public List<ModuleSnapshot> loadedDependents(ModuleSnapshot module) {
        return modules.stream()
                .filter(ModuleSnapshot::isLoaded)
                .filter(m -> m.descriptor().requires(module.name()))
                .toList();
    }

    /**
     * Every loaded module that requires {@code target}, directly or through another, in an order that is safe
     * to unload: each module comes after all the loaded modules that require it. {@code target} is not included.
     */
    public List<ModuleSnapshot> dependentsInUnloadOrder(ModuleSnapshot target) {
        List<ModuleSnapshot> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(ModuleNames.key(target.name()));
        for (ModuleSnapshot dependent : loadedDependents(target)) {
            visitDependents(dependent, visited, order);
        }
        return order;
    }

    private void visitDependents(ModuleSnapshot module, Set<String> visited, List<ModuleSnapshot> order) {
        if (!visited.add(ModuleNames.key(module.name()))) {
            return;
        }
        for (ModuleSnapshot dependent : loadedDependents(module)) {
            visitDependents(dependent, visited, order);
        }
        order.add(module);
    }
}
