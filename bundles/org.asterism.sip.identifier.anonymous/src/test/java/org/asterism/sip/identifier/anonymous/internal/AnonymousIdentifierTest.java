package org.asterism.sip.identifier.anonymous.internal;

import org.asterism.sip.testing.FakeRequestContext;
import org.asterism.sip.testing.MapConfigStore;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class AnonymousIdentifierTest {

    private final MapConfigStore store = new MapConfigStore();
    private final AnonymousIdentifier identifier = new AnonymousIdentifier(store);

    private Optional<String> identify(String fromUri) {
        return identifier.identify(FakeRequestContext.from(fromUri));
    }

    @Test
    public void nothingConfiguredIdentifiesNobody() {
        store.endpoint("alice", "username");

        assertEquals(Optional.empty(), identify("sip:alice@example.com"));
    }

    @Test
    public void anonymousAtTheFromHostIsTriedBeforeAnonymous() {
        store.endpoint("anonymous", "username").endpoint("anonymous@example.com", "username");

        assertEquals(Optional.of("anonymous@example.com"), identify("sip:alice@example.com"));
        assertEquals(Optional.of("anonymous"), identify("sip:alice@example.org"));
    }

    @Test
    public void aDomainAliasLeadsToTheDomainItAliases() {
        store.endpoint("anonymous", "username").endpoint("anonymous@example.com", "username")
                .domainAlias("example.net", "example.com");

        assertEquals(Optional.of("anonymous@example.com"), identify("sip:bob@example.net"));
    }

    @Test
    public void identifyByDoesNotMatter() {
        store.endpoint("anonymous", "ip");

        assertEquals(Optional.of("anonymous"), identify("sip:alice@example.com"));
    }

    @Test
    public void aFromWithoutUserIsAnonymousToo() {
        store.endpoint("anonymous@example.com");

        assertEquals(Optional.of("anonymous@example.com"), identify("sips:example.com"));
    }

    @Test
    public void disableMultiDomainLooksUpAnonymousOnly() {
        store.endpoint("anonymous@example.com", "username").endpoint("anonymous", "username").global(false, true);

        assertEquals(Optional.of("anonymous"), identify("sip:alice@example.com"));
    }

    @Test
    public void ipv6HostsAreComparedWithoutBrackets() {
        store.endpoint("anonymous@2001:db8::1");

        assertEquals(Optional.of("anonymous@2001:db8::1"), identify("sip:alice@[2001:db8::1]"));
    }

    @Test
    public void aFromOfAnotherSchemeIdentifiesNobodyAsInAsterisk() {
        store.endpoint("anonymous");

        assertEquals(Optional.empty(), identify("tel:+15551234"));
    }

    @Test
    public void candidatesAreEachDomainThenAnonymous() {
        assertEquals(List.of("anonymous@example.net", "anonymous@example.com", "anonymous"),
                EndpointNames.candidates(List.of("example.net", "example.com", "example.net")));
        assertEquals(List.of("anonymous"), EndpointNames.candidates(List.of()));
    }
}
