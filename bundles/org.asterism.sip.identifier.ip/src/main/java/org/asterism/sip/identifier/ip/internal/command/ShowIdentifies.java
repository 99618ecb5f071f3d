package org.asterism.sip.identifier.ip.internal.command;

import java.io.PrintStream;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.sip.identifier.ip.internal.AddressRule;
import org.asterism.sip.identifier.ip.internal.Identify;
import org.asterism.sip.identifier.ip.internal.IdentifyIndex;
import org.asterism.sip.identifier.ip.internal.MatchIndex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pjsip show identifies [like <pattern>]}, laid out as Asterisk's identify CLI formatter prints it: the
 * identifies sorted by id, each with its address rules (host names as resolved so far), then its header and
 * request URI criteria. The column widths are Asterisk's (90 columns; names right-aligned to 9 and 11).
 */
@Component(service = CliCommand.class)
public class ShowIdentifies implements CliCommand {

    static final String HEADER = " Identify:  <Identify/Endpoint" + ".".repeat(59) + ">";
    static final String MATCH_HEADER = "      Match:  <criteria" + ".".repeat(27) + ">";
    static final String RULE = "=".repeat(90);

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
            out.println("No objects found.");
            out.println();
            return;
        }
        out.println();
        out.println(HEADER);
        out.println(MATCH_HEADER);
        out.println(RULE);
        out.println();
        for (MatchIndex.Entry entry : entries) {
            Identify identify = entry.identify();
            out.printf("%9s:  %s/%s%n", "Identify", identify.id(), identify.endpoint());
            for (AddressRule rule : entry.rules()) {
                out.printf("%11s: %s%n", "Match", rule.text());
            }
            identify.matchHeader().ifPresent(header -> out.printf("%11s: %s%n", "Header", header.written()));
            identify.matchRequestUri().ifPresent(uri -> out.printf("%11s: %s%n", "RequestURI", uri.written()));
            out.println();
        }
        out.println();
        out.println("Objects found: " + entries.size());
        out.println();
    }
}
