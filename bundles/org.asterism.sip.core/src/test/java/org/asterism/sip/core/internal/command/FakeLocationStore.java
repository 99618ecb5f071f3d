package org.asterism.sip.core.internal.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;

/** A LocationStore of the contacts the test registers; ordered as the real one orders them. */
final class FakeLocationStore implements LocationStore {

    private final List<Contact> contacts = new ArrayList<>();

    FakeLocationStore register(String aor, String uri) {
        contacts.add(new Contact(aor, uri, Instant.parse("2030-01-01T00:00:00Z"), List.of(), Optional.of("Phone"),
                Optional.empty(), Optional.empty(), Optional.empty(), 1, Optional.empty(), 0, 3.0, false, Optional.empty()));
        return this;
    }

    @Override
    public List<Contact> contacts(String aor) {
        return contacts.stream().filter(contact -> contact.aor().equals(aor))
                .sorted(Comparator.comparing(Contact::expiresAt).thenComparing(Contact::uri)).toList();
    }

    @Override
    public List<Contact> all() {
        return contacts.stream().sorted(Comparator.comparing(Contact::aor).thenComparing(Contact::uri)).toList();
    }

    @Override
    public CompletionStage<List<Contact>> update(String aor, UnaryOperator<List<Contact>> change) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("the CLI only reads"));
    }

    @Override
    public int count() {
        return contacts.size();
    }
}
