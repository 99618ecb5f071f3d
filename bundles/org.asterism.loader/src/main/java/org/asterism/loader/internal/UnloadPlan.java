package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code module unload} will do: the modules to stop, in order, and what to tell the operator first; or why
 * it refuses.
 *
 * @param target           the module asked for; {@code null} when refused because it is unknown or not loaded
 * @param dependentsFirst  loaded modules that require the target, to stop before it (only when forced)
 * @param notices          lines to print before stopping anything (forced removals)
 * @param refusal          lines to print when refused; empty when allowed
 */
public record UnloadPlan(ModuleSnapshot target, List<ModuleSnapshot> dependentsFirst, List<String> notices,
        List<String> refusal) {

    public UnloadPlan {
        dependentsFirst = List.copyOf(dependentsFirst);
        notices = List.copyOf(notices);
        refusal = List.copyOf(refusal);
    }

    static UnloadPlan refused(ModuleSnapshot target, List<String> refusal) {
        return new UnloadPlan(target, List.of(), List.of(), refusal);
    }

    public boolean allowed() {
        return refusal.isEmpty();
    }

    /** Every module to stop, in order: the dependents, then the target. Empty when refused. */
    public List<ModuleSnapshot> stopOrder() {
        if (!allowed()) {
            return List.of();
        }
        List<ModuleSnapshot> order = new ArrayList<>(dependentsFirst);
        order.add(target);
        return order;
    }
}
