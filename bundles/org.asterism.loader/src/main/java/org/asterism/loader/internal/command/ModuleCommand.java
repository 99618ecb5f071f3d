package org.asterism.loader.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.asterism.loader.internal.ModuleCommands;
import org.asterism.loader.internal.ModuleRuntime;

/**
 * Asterisk's {@code module} CLI commands as one Karaf command whose first argument is the sub-command:
 * {@code module show [like <keyword>]}, {@code module load <module>}, {@code module unload [-f|-h] <module> ...}
 * and {@code module reload [<module> ...]}.
 *
 * <p>It lives in scope {@code asterisk}, not in a scope named {@code module}, because a scope of that name would
 * shadow the command. Module names may be typed with or without {@code .so}. {@code module load} and
 * {@code module unload} start and stop the module bundle <em>transiently</em>
 * ({@code Bundle.START_TRANSIENT}/{@code STOP_TRANSIENT}): as in Asterisk, where they do not touch
 * {@code modules.conf}, the change lasts only until the next restart. Output is printed, never returned.
 */
@Service
@Command(scope = "asterisk", name = "module",
        description = "Asterisk 'module' commands: show [like <keyword>], load <module>, "
                + "unload [-f|-h] <module>, reload [<module>]")
public class ModuleCommand implements Action {

    @Reference
    ModuleRuntime runtime;

    @Argument(index = 0, name = "subcommand", description = "show, load, unload or reload")
    @Completion(value = StringsCompleter.class, values = {"show", "load", "unload", "reload"})
    String subcommand;

    @Argument(index = 1, name = "arguments",
            description = "the sub-command's arguments: like <keyword>, -f or -h, module names (with or without .so)",
            multiValued = true)
    @Completion(ModuleNameCompleter.class)
    List<String> arguments;

    @Override
    public Object execute() {
        new ModuleCommands(runtime, System.out).run(subcommand, arguments == null ? List.of() : arguments);
        return null;
    }
}
