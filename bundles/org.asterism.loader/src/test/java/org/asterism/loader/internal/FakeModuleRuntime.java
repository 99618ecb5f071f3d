package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory {@link ModuleRuntime}: load and unload flip the status and are recorded. */
final class FakeModuleRuntime implements ModuleRuntime {

    private final Map<String, ModuleSnapshot> modules = new LinkedHashMap<>();
    private final Map<String, String> failures = new HashMap<>();
    private final Map<String, List<String>> reloadProblems = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    FakeModuleRuntime(List<ModuleSnapshot> initial) {
        initial.forEach(m -> modules.put(ModuleNames.key(m.name()), m));
    }

    /** The next load or unload of {@code name} fails with {@code cause}, as a BundleException would. */
    FakeModuleRuntime failing(String name, String cause) {
        failures.put(ModuleNames.key(name), cause);
        return this;
    }

    FakeModuleRuntime reloadReports(String name, String... problems) {
        reloadProblems.put(ModuleNames.key(name), List.of(problems));
        return this;
    }

    ModuleStatus statusOf(String name) {
        return modules.get(ModuleNames.key(name)).status();
    }

    @Override
    public List<ModuleSnapshot> modules() {
        return List.copyOf(modules.values());
    }

    @Override
    public void load(String name) throws ModuleOperationException {
        change(name, "load", ModuleStatus.RUNNING);
    }

    @Override
    public void unload(String name) throws ModuleOperationException {
        change(name, "unload", ModuleStatus.NOT_RUNNING);
    }

    @Override
    public List<String> reload(String name) {
        calls.add("reload " + name);
        return reloadProblems.getOrDefault(ModuleNames.key(name), List.of());
    }

    private void change(String name, String call, ModuleStatus status) throws ModuleOperationException {
        calls.add(call + " " + name);
        String failure = failures.remove(ModuleNames.key(name));
        if (failure != null) {
            throw new ModuleOperationException(failure);
        }
        ModuleSnapshot old = modules.get(ModuleNames.key(name));
        modules.put(ModuleNames.key(name), new ModuleSnapshot(old.descriptor(), status, old.uses(), old.reloadables()));
    }
}
