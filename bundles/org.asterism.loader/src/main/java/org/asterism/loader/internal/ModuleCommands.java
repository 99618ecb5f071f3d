package org.asterism.loader.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The {@code module} sub-commands, printing what Asterisk's {@code main/cli.c} prints.
 *
 * <ul>
 * <li>{@code module show [like <keyword>]}</li>
 * <li>{@code module load <module>}</li>
 * <li>{@code module unload [-f|-h] <module> [<module> ...]}</li>
 * <li>{@code module reload [<module> ...]}</li>
 * </ul>
 *
 * <p>Load and unload are transient, as in Asterisk: they last until the next restart, when each module bundle
 * comes back in the state it was configured to start in. Nothing here throws at the operator: every failure is
 * printed as lines naming the module and the cause.
 */
public final class ModuleCommands {

    static final String USAGE = "Usage: module show [like keyword]\n"
            + "       module load <module name>\n"
            + "       module unload [-f|-h] <module_1> [<module_2> ... ]\n"
            + "       module reload [module ...]";
    static final String USAGE_SHOW = "Usage: module show [like keyword]\n"
            + "       Shows the modules currently loaded, and usage statistics.";
    static final String USAGE_LOAD = "Usage: module load <module name>\n"
            + "       Loads the specified module until the next restart.";
    static final String USAGE_UNLOAD = "Usage: module unload [-f|-h] <module_1> [<module_2> ... ]\n"
            + "       Unloads the specified module until the next restart. The -f (or -h)\n"
            + "       option unloads it even if it is in use, after first unloading the\n"
            + "       loaded modules that require it.";
    static final String USAGE_RELOAD = "Usage: module reload [module ...]\n"
            + "       Reloads configuration for all listed modules which support\n"
            + "       reloading, or for all supported modules if none are listed.";

    private final ModuleRuntime runtime;
    private final PrintStream out;
    private final ModuleTableFormatter formatter = new ModuleTableFormatter();
    private final LoadPolicy loadPolicy = new LoadPolicy();
    private final UnloadPolicy unloadPolicy = new UnloadPolicy();

    public ModuleCommands(ModuleRuntime runtime, PrintStream out) {
        this.runtime = runtime;
        this.out = out;
    }

    /**
     * Runs one sub-command.
     *
     * @param subcommand {@code show}, {@code load}, {@code unload} or {@code reload}, any case; anything else
     *                   prints the usage
     * @param args       the words after it
     * @return whether it succeeded (Asterisk's {@code CLI_SUCCESS})
     */
    public boolean run(String subcommand, List<String> args) {
        String sub = subcommand == null ? "" : subcommand.toLowerCase(Locale.ROOT);
        return switch (sub) {
            case "show" -> show(args);
            case "load" -> load(args);
            case "unload" -> unload(args);
            case "reload" -> reload(args);
            default -> usage(USAGE);
        };
    }

    /** {@code module show [like keyword]}. */
    boolean show(List<String> args) {
        String like;
        if (args.isEmpty()) {
            like = "";
        } else if (args.size() == 2 && args.get(0).equalsIgnoreCase("like")) {
            like = args.get(1);
        } else {
            return usage(USAGE_SHOW);
        }
        formatter.format(new ModuleGraph(runtime.modules()), like).forEach(out::println);
        return true;
    }

    /** {@code module load <module>}: refused when unknown, already loaded or missing a required module. */
    boolean load(List<String> args) {
        if (args.size() != 1) {
            return usage(USAGE_LOAD);
        }
        LoadPolicy.Decision decision = loadPolicy.check(new ModuleGraph(runtime.modules()), args.get(0));
        if (!decision.allowed()) {
            decision.refusal().forEach(out::println);
            return false;
        }
        ModuleSnapshot module = decision.module().orElseThrow();
        try {
            runtime.load(module.name());
        } catch (ModuleOperationException e) {
            out.println("Error loading module '" + module.displayName() + "': " + e.getMessage());
            out.println(LoadPolicy.unableToLoad(module.displayName()));
            return false;
        }
        out.println("Loaded " + module.displayName());
        return true;
    }

    /** {@code module unload [-f|-h] <module> ...}: stops at the first module that cannot be unloaded. */
    boolean unload(List<String> args) {
        boolean force = false;
        int first = 0;
        if (!args.isEmpty() && args.get(0).startsWith("-")) {
            if (!args.get(0).equals("-f") && !args.get(0).equals("-h")) {
                return usage(USAGE_UNLOAD);
            }
            force = true;
            first = 1;
        }
        if (args.size() <= first) {
            return usage(USAGE_UNLOAD);
        }
        for (String typed : args.subList(first, args.size())) {
            if (!unloadOne(typed, force)) {
                return false;
            }
        }
        return true;
    }

    private boolean unloadOne(String typed, boolean force) {
        UnloadPlan plan = unloadPolicy.plan(new ModuleGraph(runtime.modules()), typed, force);
        if (!plan.allowed()) {
            plan.refusal().forEach(out::println);
            return false;
        }
        plan.notices().forEach(out::println);
        for (ModuleSnapshot module : plan.stopOrder()) {
            try {
                runtime.unload(module.name());
            } catch (ModuleOperationException e) {
                out.println("Firm unload failed for " + module.displayName() + ": " + e.getMessage());
                out.println(UnloadPolicy.unableToUnload(plan.target().displayName()));
                return false;
            }
            out.println("Unloaded " + module.displayName());
        }
        return true;
    }

    /** {@code module reload [module ...]}: with no name, every running module that supports reloading. */
    boolean reload(List<String> args) {
        ModuleGraph graph = new ModuleGraph(runtime.modules());
        if (args.isEmpty()) {
            return reloadAll(graph);
        }
        boolean allWell = true;
        for (String typed : args) {
            allWell &= reloadNamed(graph, typed);
        }
        return allWell;
    }

    private boolean reloadNamed(ModuleGraph graph, String typed) {
        ModuleSnapshot module = graph.find(typed).orElse(null);
        if (module == null) {
            out.println("No such module '" + typed.trim() + "'");
            return false;
        }
        if (module.status() != ModuleStatus.RUNNING) {
            out.println("The module '" + module.displayName() + "' is not running. Before reloading the module, "
                    + "you must run \"module load " + module.displayName() + "\".");
            return false;
        }
        if (!module.supportsReload()) {
            out.println("The module '" + module.displayName() + "' does not support reloads");
            return false;
        }
        return reloadOne(module);
    }

    private boolean reloadAll(ModuleGraph graph) {
        List<ModuleSnapshot> reloadable = graph.modules().stream()
                .filter(m -> m.status() == ModuleStatus.RUNNING && m.supportsReload())
                .toList();
        if (reloadable.isEmpty()) {
            out.println("No loaded module supports reloads");
            return true;
        }
        long failed = reloadable.stream().filter(m -> !reloadOne(m)).count();
        out.println("Reloaded " + reloadable.size() + " module" + (reloadable.size() == 1 ? "" : "s") + ": "
                + (reloadable.size() - failed) + " successfully, " + failed + " reported a reload failure");
        return failed == 0;
    }

    private boolean reloadOne(ModuleSnapshot module) {
        List<String> problems;
        try {
            problems = runtime.reload(module.name());
        } catch (ModuleOperationException e) {
            problems = List.of(e.getMessage());
        }
        problems.forEach(p -> out.println(module.displayName() + ": " + p));
        if (problems.isEmpty()) {
            out.println("Module '" + module.displayName() + "' reloaded successfully.");
            return true;
        }
        out.println("The module '" + module.displayName() + "' reported a reload failure");
        return false;
    }

    private boolean usage(String text) {
        out.println(text);
        return false;
    }
}
