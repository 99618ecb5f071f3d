package org.asterism.sip.core.internal.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.cli.CliContext;

/**
 * {@code pjsip list <types>}, {@code pjsip show <types>} and {@code pjsip show <type> <id>} for one object type, as
 * Asterisk's {@code ast_sip_cli_traverse_objects} runs them: a heading and a rule of '=', then every object (those
 * whose id a {@code like} regular expression is found in) and their count, or the one object with its options.
 */
abstract class ObjectCommand<T> implements CliCommand {

    /** Which of the three commands. */
    enum Form {
        /** {@code pjsip list <types>}: one line per object. */
        LIST,
        /** {@code pjsip show <types>}: with the objects' children. */
        SHOW_ALL,
        /** {@code pjsip show <type> <id>}: with the children and the object's options. */
        SHOW_ONE
    }

    static final String RULE = "=".repeat(CliContext.MAX_WIDTH);

    private final String command;
    private final String usage;
    private final Form form;
    private final ObjectCatalog<T> catalog;

    ObjectCommand(String command, String usage, Form form, ObjectCatalog<T> catalog) {
        this.command = command;
        this.usage = usage;
        this.form = form;
        this.catalog = catalog;
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public List<String> complete(List<String> args) {
        if (!args.isEmpty()) {
            return List.of();
        }
        return form == Form.SHOW_ONE ? catalog.all().stream().map(catalog::id).toList() : List.of("like");
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        out.print(run(args));
    }

    /** What the command prints for these arguments. */
    String run(List<String> args) throws CliUsageException {
        CliContext context = new CliContext(form != Form.LIST, false, form == Form.SHOW_ONE);
        if (form == Form.SHOW_ONE) {
            if (args.isEmpty() || args.get(0).isEmpty()) {
                return "No object specified.\n";
            }
            Optional<T> object = catalog.find(args.get(0));
            if (object.isEmpty()) {
                return "Unable to find object " + args.get(0) + ".\n\n";
            }
            heading(context);
            catalog.printBody(object.get(), context);
        } else {
            List<T> objects = select(args);
            if (objects.isEmpty()) {
                return "No objects found.\n\n";
            }
            heading(context);
            objects.forEach(object -> catalog.printBody(object, context));
            context.append("\nObjects found: " + objects.size() + "\n");
        }
        return context.append("\n").output();
    }

    private void heading(CliContext context) {
        context.append("\n");
        catalog.printHeader(context);
        context.append(RULE + "\n\n");
    }

    /** Every object, or with "like &lt;pattern&gt;" those whose id the regular expression is found in. */
    private List<T> select(List<String> args) throws CliUsageException {
        List<T> all = catalog.all();
        if (args.isEmpty() || !args.get(0).equals("like")) {
            return all;
        }
        if (args.size() < 2 || args.get(1).isEmpty()) {
            throw new CliUsageException("A pattern is needed after 'like'");
        }
        Pattern like;
        try {
            like = Pattern.compile(args.get(1));
        } catch (PatternSyntaxException e) {
            throw new CliUsageException("Invalid pattern '" + args.get(1) + "': " + e.getDescription());
        }
        return all.stream().filter(object -> like.matcher(catalog.id(object)).find()).toList();
    }
}
