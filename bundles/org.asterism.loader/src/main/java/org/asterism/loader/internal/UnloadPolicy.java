package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether {@code module unload [-f|-h]} may stop a module, modelled on Asterisk's
 * {@code auto_unload_resource} in {@code main/loader.c}.
 *
 * <p>A soft unload is refused while loaded modules require the module, or while its use count (the sum of the
 * {@link org.asterism.loader.UseCount} services its bundle registered) is above zero. A forced unload ({@code -f},
 * or Asterisk's {@code -h}) goes ahead: it first stops every loaded module that requires the target, directly or
 * not, each after the modules that require it, and warns about each module removed while in use.
 */
public final class UnloadPolicy {

    public UnloadPlan plan(ModuleGraph graph, String typed, boolean force) {
        Optional<ModuleSnapshot> found = graph.find(typed);
        if (found.isEmpty()) {
            String name = typed.trim();
            return UnloadPlan.refused(null,
                    List.of("Unload failed, '" + name + "' could not be found", unableToUnload(name)));
        }
        ModuleSnapshot target = found.get();
        String name = target.displayName();
        if (!target.isLoaded()) {
            return UnloadPlan.refused(null,
                    List.of("Unload failed, '" + name + "' is not loaded.", unableToUnload(name)));
        }
        return force ? forced(graph, target) : soft(graph, target);
    }

    private static UnloadPlan soft(ModuleGraph graph, ModuleSnapshot target) {
        List<String> refusal = new ArrayList<>();
        if (target.useCount() > 0) {
            refusal.add("Soft unload failed, '" + target.displayName() + "' has use count " + target.useCount()
                    + usesInParentheses(target));
        }
        List<ModuleSnapshot> dependents = graph.loadedDependents(target);
        if (!dependents.isEmpty()) {
            refusal.add(unableToUnload(target.displayName()) + ": required by " + names(dependents));
        } else if (!refusal.isEmpty()) {
            refusal.add(unableToUnload(target.displayName()));
        }
        return refusal.isEmpty()
                ? new UnloadPlan(target, List.of(), List.of(), List.of())
                : UnloadPlan.refused(target, refusal);
    }

    private static UnloadPlan forced(ModuleGraph graph, ModuleSnapshot target) {
        List<ModuleSnapshot> dependents = graph.dependentsInUnloadOrder(target);
        List<String> notices = new ArrayList<>();
        if (!dependents.isEmpty()) {
            notices.add("Unloading the modules that require " + target.displayName() + " first: "
                    + names(dependents));
        }
        List<ModuleSnapshot> all = new ArrayList<>(dependents);
        all.add(target);
        for (ModuleSnapshot module : all) {
            if (module.useCount() > 0) {
                notices.add("Warning: Forcing removal of module '" + module.displayName() + "' with use count "
                        + module.useCount() + usesInParentheses(module));
            }
        }
        return new UnloadPlan(target, dependents, notices, List.of());
    }

    private static String usesInParentheses(ModuleSnapshot module) {
        String uses = module.describeUses();
        return uses.isEmpty() ? "" : " (" + uses + ")";
    }

    private static String names(List<ModuleSnapshot> modules) {
        return modules.stream().map(ModuleSnapshot::displayName).collect(Collectors.joining(", "));
    }

    /** Asterisk's CLI line after a failed unload. */
    static String unableToUnload(String name) {
        return "Unable to unload resource " + name;
    }
}
