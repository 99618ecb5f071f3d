package org.asterism.loader.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether {@code module load} may start a module, and what the operator reads when it may not.
 *
 * <p>Mirrors Asterisk's {@code load_resource}/{@code start_resource} in {@code main/loader.c}: a module that is
 * already running is declined, and so is one whose required modules are not running (Asterisk does not load them
 * for you at run time either). Each refusal ends with {@code cli.c}'s {@code "Unable to load module %s"}.
 */
public final class LoadPolicy {

    /**
     * The outcome of a load request.
     *
     * @param module  the module to start, when allowed
     * @param refusal the lines to print when refused; empty when allowed
     */
    public record Decision(Optional<ModuleSnapshot> module, List<String> refusal) {

        public boolean allowed() {
            return refusal.isEmpty();
        }
    }

    public Decision check(ModuleGraph graph, String typed) {
        Optional<ModuleSnapshot> found = graph.find(typed);
        if (found.isEmpty()) {
            return refuse(typed, "Error loading module '" + typed.trim() + "': no such module");
        }
        ModuleSnapshot module = found.get();
        String name = module.displayName();
        if (module.isLoaded()) {
            return refuse(name, "Module '" + name + "' already loaded and "
                    + module.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        List<String> missing = graph.missingRequirements(module);
        if (!missing.isEmpty()) {
            String names = missing.stream().map(ModuleNames::display).collect(Collectors.joining(", "));
            return refuse(name, "Module '" + name + "' requires " + names + ", which "
                    + (missing.size() == 1 ? "is" : "are") + " not loaded; load " + (missing.size() == 1 ? "it" : "them")
                    + " first");
        }
        return new Decision(found, List.of());
    }

    private static Decision refuse(String name, String reason) {
        return new Decision(Optional.empty(), List.of(reason, unableToLoad(name)));
    }

    /** Asterisk's CLI line after a failed load. */
    static String unableToLoad(String name) {
        return "Unable to load module " + name.trim();
    }
}
