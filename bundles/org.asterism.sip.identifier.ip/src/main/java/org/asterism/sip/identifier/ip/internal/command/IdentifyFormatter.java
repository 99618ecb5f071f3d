package org.asterism.sip.identifier.ip.internal.command;

import java.util.function.Supplier;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.identifier.ip.internal.AddressRule;
import org.asterism.sip.identifier.ip.internal.Identify;
import org.asterism.sip.identifier.ip.internal.IdentifyIndex;
import org.asterism.sip.identifier.ip.internal.MatchIndex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Identifies as res_pjsip_endpoint_identifier_ip's CLI formatter prints them, for {@code pjsip show identifies} and,
 * through the core, {@code pjsip show endpoint(s)}: {@code Identify:  <id>/<endpoint>}, then when recursing, one
 * level deeper, its address rules (host names as resolved so far) and its header and request URI criteria.
 */
@Component(service = ObjectFormatter.class)
public class IdentifyFormatter implements ObjectFormatter {

    private final Supplier<MatchIndex> index;

    @Activate
    public IdentifyFormatter(@Reference IdentifyIndex index) {
        this(index::current);
    }

    IdentifyFormatter(Supplier<MatchIndex> index) {
        this.index = index;
    }

    @Override
    public String type() {
        return Identify.TYPE;
    }

    @Override
    public void printHeader(CliContext context) {
        header(context);
    }

    /** The identifies of the endpoint, by id. */
    @Override
    public void printForEndpoint(Endpoint endpoint, CliContext context) {
        for (MatchIndex.Entry entry : index.get().entries()) {
            if (entry.identify().endpoint().equals(endpoint.id())) {
                body(entry, context);
            }
        }
    }

    static void header(CliContext context) {
        context.line("Identify", ":  <Identify/Endpoint" + CliContext.dots(CliContext.MAX_WIDTH - context.indent() - 22) + ">");
        if (context.recurse()) {
            context.nested(() -> context.line("Match",
                    ":  <criteria" + CliContext.dots(CliContext.LAST_TABSTOP - context.indent() - 24) + ">"));
        }
    }

    static void body(MatchIndex.Entry entry, CliContext context) {
        Identify identify = entry.identify();
        context.line("Identify", ":  " + identify.id() + "/" + identify.endpoint());
        if (context.recurse()) {
            context.nested(() -> {
                for (AddressRule rule : entry.rules()) {
                    context.line("Match", ": " + rule.text());
                }
                identify.matchHeader().ifPresent(header -> context.line("Header", ": " + header.written()));
                identify.matchRequestUri().ifPresent(uri -> context.line("RequestURI", ": " + uri.written()));
            });
            if (context.indentLevel() == 0) {
                context.append("\n");
            }
        }
    }
}
