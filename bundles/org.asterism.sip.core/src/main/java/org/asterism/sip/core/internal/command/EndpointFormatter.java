package org.asterism.sip.core.internal.command;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Endpoints as Asterisk's pjsip_configuration.c prints them:
 * {@code Endpoint:  <id>[/<callerid number>]  <device state>  <channels> of <device_state_busy_at or inf>}, and when
 * recursing, one level deeper, the lines every registered {@link ObjectFormatter} has about the endpoint, in
 * Asterisk's order: auths (outbound, then inbound), AoRs with their contacts, transport, identifies, channels.
 *
 * <p>The device state is "Unavailable" while none of the endpoint's AoRs has a contact, else "Not in use" (no calls
 * are counted yet, so the channels are 0).
 */
@Component(service = EndpointFormatter.class)
public class EndpointFormatter implements ObjectCatalog<Endpoint> {

    /** The types whose formatters print under an endpoint, in Asterisk's order. */
    static final List<String> CHILD_TYPES = List.of("auth", "aor", "transport", "identify", "channel");

    static final String HEADER = " Endpoint:  <Endpoint/CID.....................................>  <State.....>  <Channels.>";

    private final ConfigStore store;
    private final ContactFormatter contacts;
    private final Map<String, ObjectFormatter> formatters = new ConcurrentHashMap<>();

    @Activate
    public EndpointFormatter(@Reference ConfigStore store, @Reference ContactFormatter contacts) {
        this.store = store;
        this.contacts = contacts;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormatter(ObjectFormatter formatter) {
        formatters.put(formatter.type(), formatter);
    }

    void removeFormatter(ObjectFormatter formatter) {
        formatters.remove(formatter.type(), formatter);
    }

    @Override
    public void printHeader(CliContext context) {
        context.append(HEADER + "\n");
        if (context.recurse()) {
            context.nested(() -> children().forEach(formatter -> formatter.printHeader(context)));
        }
    }

    @Override
    public List<Endpoint> all() {
        return store.all(Endpoint.TYPE, Endpoint.class).stream().sorted(Comparator.comparing(Endpoint::id)).toList();
    }

    @Override
    public Optional<Endpoint> find(String id) {
        return store.find(Endpoint.TYPE, id, Endpoint.class);
    }

    @Override
    public String id(Endpoint endpoint) {
        return endpoint.id();
    }

    @Override
    public void printBody(Endpoint endpoint, CliContext context) {
        String name = callerNumber(endpoint).map(number -> endpoint.id() + "/" + number).orElse(endpoint.id());
        context.line("Endpoint", ":  " + CliContext.column(name, CliContext.LAST_TABSTOP - context.indent() - 2) + "  "
                + CliContext.column(deviceState(endpoint), 12) + "  " + 0 + " of " + busyAt(endpoint));
        if (context.recurse()) {
            context.nested(() -> children().forEach(formatter -> formatter.printForEndpoint(endpoint, context)));
            if (context.indentLevel() == 0) {
                context.append("\n");
            }
        }
        context.printDetails(endpoint.options());
    }

    private List<ObjectFormatter> children() {
        return CHILD_TYPES.stream().map(formatters::get).filter(Objects::nonNull).toList();
    }

    /** Asterisk's device state text: "Unavailable" without a contact on any of the endpoint's AoRs. */
    String deviceState(Endpoint endpoint) {
        boolean reachable = endpoint.aors().stream().map(id -> store.find(Aor.TYPE, id, Aor.class)).flatMap(Optional::stream)
                .anyMatch(aor -> !contacts.of(aor).isEmpty());
        return reachable ? "Not in use" : "Unavailable";
    }

    /** {@code device_state_busy_at}, or "inf" when 0 (no limit), as Asterisk's {@code %.0f} of INFINITY prints it. */
    private static String busyAt(Endpoint endpoint) {
        String busyAt = endpoint.options().getOrDefault("device_state_busy_at", "0").trim();
        return busyAt.isEmpty() || busyAt.equals("0") ? "inf" : busyAt;
    }

    /**
     * The number of {@code callerid}, as {@code ast_callerid_split} finds it: between the first '&lt;' and the next
     * '&gt;', or the whole value when it is a phone number (digits, '*', '#', '+', once spaces, '-', '.', '(' and ')'
     * are dropped).
     */
    static Optional<String> callerNumber(Endpoint endpoint) {
        return endpoint.callerid().flatMap(callerid -> {
            int open = callerid.indexOf('<');
            int close = open < 0 ? -1 : callerid.indexOf('>', open + 1);
            String number = close >= 0 ? callerid.substring(open + 1, close).trim() : callerid.replaceAll("[\\s().-]", "");
            if (close < 0 && !number.matches("[0-9*#+]+")) {
                return Optional.empty();
            }
            return number.isEmpty() ? Optional.empty() : Optional.of(number);
        });
    }
}
