package org.asterism.pbx.dialplan.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.api.dialplan.DialplanFunction;
import org.asterism.pbx.dialplan.internal.DialplanEngine;
import org.asterism.pbx.dialplan.internal.Documented;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code core show functions} and {@code core show function}, as pbx_functions.c prints them. */
public final class FunctionCommands {

    private FunctionCommands() {
    }

    /** {@code core show functions [like <text>]}. */
    @Component(service = CliCommand.class)
    public static class ShowAll implements CliCommand {
        private final DialplanEngine engine;

        @Activate
        public ShowAll(@Reference DialplanEngine engine) {
            this.engine = engine;
        }

        @Override
        public String command() {
            return "core show functions";
        }

        @Override
        public String usage() {
            return "core show functions [like <text>] - List builtin functions, optionally only those matching a given string";
        }

        @Override
        public void execute(List<String> args, PrintStream out) throws CliUsageException {
            boolean like = args.size() == 2 && args.get(0).equals("like");
            if (!like && !args.isEmpty()) {
                throw new CliUsageException("");
            }
            out.println((like ? "Matching" : "Installed") + " Custom Functions:");
            out.println("-".repeat(80));
            int count = 0;
            for (DialplanFunction function : engine.functions()) {
                if (like && !function.name().contains(args.get(1))) {
                    continue;
                }
                count++;
                String syntax = function instanceof Documented d ? d.syntax() : "";
                out.println(String.format("%-20s  %-35s  %s", cut(function.name(), 20), cut(syntax, 35),
                        function.synopsis() == null ? "" : function.synopsis()));
            }
            out.println(count + " " + (like ? "matching " : "") + "custom functions installed.");
        }
    }

    /** {@code core show function <function>}. */
    @Component(service = CliCommand.class)
    public static class ShowOne implements CliCommand {
        private final DialplanEngine engine;

        @Activate
        public ShowOne(@Reference DialplanEngine engine) {
            this.engine = engine;
        }

        @Override
        public String command() {
            return "core show function";
        }

        @Override
        public String usage() {
            return "core show function <function> - Describe a particular dialplan function";
        }

        @Override
        public void execute(List<String> args, PrintStream out) throws CliUsageException {
            if (args.size() != 1) {
                throw new CliUsageException("");
            }
            DialplanFunction function = engine.function(args.get(0)).orElse(null);
            if (function == null) {
                out.println("No function by that name registered.");
                return;
            }
            Documentation.print(out, "Function", function.name(), function.synopsis(), function);
        }

        @Override
        public List<String> complete(List<String> args) {
            List<String> names = new ArrayList<>();
            engine.functions().forEach(f -> names.add(f.name()));
            return names;
        }
    }

    /** printf's {@code %-20.20s}: at most that many characters. */
    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
