package org.asterism.sip.identifier.ip.internal.command;

import java.io.PrintStream;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.identifier.ip.internal.IdentifyIndex;
import org.asterism.sip.identifier.ip.internal.MatchIndex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pjsip show identifies [like <pattern>]}: the identifies sorted by id, each as the {@link IdentifyFormatter}
 * prints it (the same lines {@code pjsip show endpoint} shows), with Asterisk's heading, rule and count.
 */
@Component(service = CliCommand.class)
public class ShowIdentifies implements CliCommand {

    static final String RULE = "=".repeat(CliContext.MAX_WIDTH);

    private final IdentifyIndex index;

    @Activate
    public ShowIdentifies(@Reference IdentifyIndex index) {
        this.index = index;
    }

    @Override
    public String command() {
        return "pjsip show identifies";
    }

    @Override
    public String usage() {
        return "pjsip show identifies [ like <pattern> ] - show the configured PJSIP identifies";
    }

    @Override
    public List<String> complete(List<String> args) {
        return args.isEmpty() ? List.of("like") : List.of();
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        print(select(index.current().entries(), args), out);
    }

    /** All entries, or with "like &lt;pattern&gt;" those whose id the regular expression is found in, as Asterisk filters. */
    static List<MatchIndex.Entry> select(List<MatchIndex.Entry> entries, List<String> args) throws CliUsageException {
        if (args.isEmpty() || !args.get(0).equals("like")) {
            return entries;
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
        return entries.stream().filter(entry -> like.matcher(entry.identify().id()).find()).toList();
    }

    static void print(List<MatchIndex.Entry> entries, PrintStream out) {
        if (entries.isEmpty()) {
            out.print("No objects found.\n\n");
            return;
        }
        CliContext context = new CliContext(true, false, false);
        context.append("\n");
        IdentifyFormatter.header(context);
        context.append(RULE + "\n\n");
        entries.forEach(entry -> IdentifyFormatter.body(entry, context));
        context.append("\nObjects found: " + entries.size() + "\n\n");
        out.print(context.output());
    }
}
