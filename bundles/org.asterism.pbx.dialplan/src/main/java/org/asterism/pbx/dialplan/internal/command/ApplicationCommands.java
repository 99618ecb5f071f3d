package org.asterism.pbx.dialplan.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.api.dialplan.DialplanApplication;
import org.asterism.pbx.dialplan.internal.DialplanEngine;
import org.asterism.pbx.dialplan.internal.Documented;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code core show applications} and {@code core show application}, as pbx_app.c prints them. */
public final class ApplicationCommands {

    private ApplicationCommands() {
    }

    /** {@code core show applications [{like|describing} <text>]}. */
    @Component(service = CliCommand.class)
    public static class ShowAll implements CliCommand {
        private final DialplanEngine engine;

        @Activate
        public ShowAll(@Reference DialplanEngine engine) {
            this.engine = engine;
        }

        @Override
        public String command() {
            return "core show applications";
        }

        @Override
        public String usage() {
            return "core show applications [{like|describing} <text>] - List applications which are currently available";
        }

        @Override
        public void execute(List<String> args, PrintStream out) {
            List<DialplanApplication> apps = engine.applications();
            if (apps.isEmpty()) {
                out.println("There are no registered applications");
                return;
            }
            boolean like = args.size() == 2 && args.get(0).equals("like");
            boolean describing = !like && args.size() > 1 && args.get(0).equals("describing");
            out.println(like || describing ? "    -= Matching Asterisk Applications =-" : "    -= Registered Asterisk Applications =-");
            int matched = 0;
            for (DialplanApplication app : apps) {
                boolean print = true;
                if (like) {
                    print = contains(app.name(), args.get(1));
                    matched += print ? 1 : 0;
                } else if (describing) {
                    String description = app instanceof Documented d ? d.description() : app.synopsis();
                    for (String word : args.subList(1, args.size())) {
                        if (contains(description, word)) {
                            matched++;
                        } else {
                            print = false;
                        }
                    }
                }
                if (print) {
                    out.println(String.format("  %20s: %s", app.name(),
                            app.synopsis() == null ? "<Synopsis not available>" : app.synopsis()));
                }
            }
            out.println(like || describing ? "    -= " + matched + " Applications Matching =-"
                    : "    -= " + apps.size() + " Applications Registered =-");
        }
    }

    /** {@code core show application <application> [<application> [...]]}. */
    @Component(service = CliCommand.class)
    public static class ShowOne implements CliCommand {
        private final DialplanEngine engine;

        @Activate
        public ShowOne(@Reference DialplanEngine engine) {
            this.engine = engine;
        }

        @Override
        public String command() {
            return "core show application";
        }

        @Override
        public String usage() {
            return "core show application <application> [<application> [<application> [...]]] - Describes a particular application";
        }

        @Override
        public void execute(List<String> args, PrintStream out) throws CliUsageException {
            if (args.isEmpty()) {
                throw new CliUsageException("");
            }
            boolean found = false;
            for (DialplanApplication app : engine.applications()) {
                for (String wanted : args) {
                    if (app.name().equalsIgnoreCase(wanted)) {
                        found = true;
                        Documentation.print(out, "Application", app.name(), app.synopsis(), app);
                    }
                }
            }
            if (!found) {
                out.println("Your application(s) is (are) not registered");
            }
        }

        @Override
        public List<String> complete(List<String> args) {
            List<String> names = new ArrayList<>();
            engine.applications().forEach(app -> names.add(app.name()));
            return names;
        }
    }

    static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
