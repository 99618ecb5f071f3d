package org.asterism.sip.core.internal.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.asterism.sip.api.client.ContactStatus;
import org.asterism.sip.api.client.ContactStatusRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Contacts as Asterisk's location.c prints them: {@code Contact:  <aor>/<uri>  <hash>  <status>  <rtt>}, the hash
 * being the first ten hex digits of the URI's MD5 (as in the contact's sorcery id). An AoR's contacts are those
 * registered (when the location module is loaded) and then its static {@code contact=} URIs. No contact is
 * With qualify_frequency=0 a contact is "NonQual"; otherwise its qualify state (Avail, Unavail, Unknown) and, when
 * reachable, its round-trip time in milliseconds, as Asterisk prints them.
 */
@Component(service = { ObjectFormatter.class, ContactFormatter.class })
public class ContactFormatter implements ObjectFormatter, ObjectCatalog<ContactFormatter.AorContact> {

    /** One contact of an AoR, registered or static; its id is Asterisk's CLI id, "aor/uri". */
    public record AorContact(String aor, String uri) {

        public String id() {
            return aor + "/" + uri;
        }

        /** The MD5 of the URI in hex, as in Asterisk's contact ids ("aor;@hash", "aor@@hash"). */
        public String hash() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(uri.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has MD5", e);
            }
        }
    }

    private final ConfigStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LocationStore locations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContactStatusRegistry statuses;

    @Activate
    public ContactFormatter(@Reference ConfigStore store) {
        this.store = store;
    }

    ContactFormatter(ConfigStore store, LocationStore locations) {
        this.store = store;
        this.locations = locations;
    }

    ContactFormatter(ConfigStore store, LocationStore locations, ContactStatusRegistry statuses) {
        this(store, locations);
        this.statuses = statuses;
    }

    @Override
    public String type() {
        return "contact";
    }

    @Override
    public void printHeader(CliContext context) {
        context.line("Contact", ":  <Aor/ContactUri" + CliContext.dots(CliContext.LAST_TABSTOP - context.indent() - 23)
                + "> <Hash....> <Status> <RTT(ms)..>");
    }

    /** The AoR's contacts: registered ones in the location store's order, then static ones not also registered. */
    public List<AorContact> of(Aor aor) {
        Map<String, AorContact> byUri = new LinkedHashMap<>();
        registered(aor.id()).forEach(contact -> byUri.putIfAbsent(contact.uri(), new AorContact(aor.id(), contact.uri())));
        aor.contacts().forEach(uri -> byUri.putIfAbsent(uri, new AorContact(aor.id(), uri)));
        return new ArrayList<>(byUri.values());
    }

    private List<Contact> registered(String aor) {
        LocationStore current = locations;
        return current == null ? List.of() : current.contacts(aor);
    }

    @Override
    public List<AorContact> all() {
        Map<String, AorContact> byId = new TreeMap<>();
        LocationStore current = locations;
        if (current != null) {
            current.all().forEach(contact -> add(byId, new AorContact(contact.aor(), contact.uri())));
        }
        store.all(Aor.TYPE, Aor.class).forEach(aor -> aor.contacts().forEach(uri -> add(byId, new AorContact(aor.id(), uri))));
        return new ArrayList<>(byId.values());
    }

    private static void add(Map<String, AorContact> byId, AorContact contact) {
        byId.putIfAbsent(contact.id(), contact);
    }

    @Override
    public Optional<AorContact> find(String id) {
        return all().stream().filter(contact -> contact.id().equals(id)).findFirst();
    }

    @Override
    public String id(AorContact contact) {
        return contact.id();
    }

    @Override
    public void printBody(AorContact contact, CliContext context) {
        int flexWidth = CliContext.LAST_TABSTOP - context.indent() - 9 - contact.aor().length() + 1;
        ContactStatus status = status(contact);
        boolean qualified = store.find(Aor.TYPE, contact.aor(), Aor.class).map(aor -> aor.qualifyFrequency() > 0).orElse(false);
        String rtt = status.state() == ContactStatus.State.REACHABLE
                ? String.format(Locale.ROOT, "%11.3f", status.rtt().toNanos() / 1_000_000.0) : String.format("%11s", "nan");
        context.line("Contact", String.format(":  %s/%s %-10.10s %-7.7s %s", contact.aor(),
                CliContext.column(contact.uri(), flexWidth), contact.hash(), qualified ? status.state().shortLabel() : "NonQual", rtt));
    }

    /** What qualify last found, or Unknown when qualify is not loaded or has not tried yet. */
    private ContactStatus status(AorContact contact) {
        ContactStatusRegistry registry = statuses;
        return registry != null ? registry.status(contact.aor(), contact.uri())
                : new ContactStatus(contact.aor(), contact.uri(), ContactStatus.State.UNKNOWN, Duration.ZERO, Instant.EPOCH);
    }
}
