package org.asterism.sip.core.internal.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * AoRs as Asterisk's location.c prints them: {@code Aor:  <id>  <max_contacts>}, then (when recursing) their
 * contacts one level deeper; under an endpoint, the AoRs its {@code aors} names that exist, in that order.
 */
@Component(service = { ObjectFormatter.class, AorFormatter.class })
public class AorFormatter implements ObjectFormatter, ObjectCatalog<Aor> {

    private final ConfigStore store;
    private final ContactFormatter contacts;

    @Activate
    public AorFormatter(@Reference ConfigStore store, @Reference ContactFormatter contacts) {
        this.store = store;
        this.contacts = contacts;
    }

    @Override
    public String type() {
        return Aor.TYPE;
    }

    @Override
    public void printHeader(CliContext context) {
        context.line("Aor", ":  <Aor" + CliContext.dots(CliContext.LAST_TABSTOP - context.indent() - 7) + ">  <MaxContact>");
        if (context.recurse()) {
            context.nested(() -> contacts.printHeader(context));
        }
    }

    @Override
    public void printForEndpoint(Endpoint endpoint, CliContext context) {
        for (String id : endpoint.aors()) {
            find(id).ifPresent(aor -> printBody(aor, context));
        }
    }

    @Override
    public List<Aor> all() {
        return store.all(Aor.TYPE, Aor.class).stream().sorted(Comparator.comparing(Aor::id)).toList();
    }

    @Override
    public Optional<Aor> find(String id) {
        return store.find(Aor.TYPE, id, Aor.class);
    }

    @Override
    public String id(Aor aor) {
        return aor.id();
    }

    @Override
    public void printBody(Aor aor, CliContext context) {
        context.line("Aor", ":  " + CliContext.column(aor.id(), CliContext.LAST_TABSTOP - context.indent() - 12)
                + String.format(" %12d", aor.maxContacts()));
        if (context.recurse()) {
            context.nested(() -> contacts.of(aor).forEach(contact -> contacts.printBody(contact, context)));
            if (context.indentLevel() == 0) {
                context.append("\n");
            }
        }
        context.printDetails(aor.options());
    }
}
