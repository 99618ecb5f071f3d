package org.asterism.sip.identifier.user.internal;

import org.asterism.sip.testing.FakeRequestContext;
import org.asterism.sip.testing.MapConfigStore;
import static org.junit.Assert.assertEquals;

import java.util.Optional;

import org.junit.Test;

public class UsernameIdentifierTest {

    private final MapConfigStore store = new MapConfigStore();
    private final UsernameIdentifier identifier = new UsernameIdentifier(store);

    private Optional<String> identify(String fromUri) {
        return identifier.identify(FakeRequestContext.from(fromUri));
    }

    @Test
    public void nothingConfiguredIdentifiesNobody() {
        assertEquals(Optional.empty(), identify("sip:alice@example.com"));
    }

    @Test
    public void userAtDomainIsTriedBeforeTheBareUser() {
        store.endpoint("alice", "username").endpoint("alice@example.com", "username");

        assertEquals(Optional.of("alice@example.com"), identify("sip:alice@example.com"));
        assertEquals(Optional.of("alice"), identify("sip:alice@example.org"));
    }

    @Test
    public void aDomainAliasLeadsToTheDomainItAliases() {
        store.endpoint("alice", "username").endpoint("alice@example.com", "username").domainAlias("example.net", "example.com");

        assertEquals(Optional.of("alice@example.com"), identify("sip:alice@example.net"));
    }

    @Test
    public void theFromHostItselfWinsOverTheDomainItAliases() {
        store.endpoint("alice@example.net", "username").endpoint("alice@example.com", "username")
                .domainAlias("example.net", "example.com");

        assertEquals(Optional.of("alice@example.net"), identify("sip:alice@example.net"));
    }

    @Test
    public void anEndpointNotIdentifiedByUsernameIsNotMatched() {
        store.endpoint("alice", "ip");

        assertEquals(Optional.empty(), identify("sip:alice@example.com"));
    }

    @Test
    public void anEndpointNotIdentifiedByUsernameHidesTheBareUserAsInAsterisk() {
        store.endpoint("alice@example.com", "auth_username").endpoint("alice", "username");

        assertEquals(Optional.empty(), identify("sip:alice@example.com"));
    }

    @Test
    public void identifyByMayListOtherMethodsToo() {
        store.endpoint("alice", "ip", "username");

        assertEquals(Optional.of("alice"), identify("sips:alice@example.com"));
    }

    @Test
    public void escapedUserPartsCompareUnescaped() {
        // RFC 4475 3.1.1.13 (esc01): From: <sip:I%20have%20spaces@example.net>
        store.endpoint("I have spaces", "username").endpoint("alice", "username");

        assertEquals(Optional.of("I have spaces"), identify("sip:I%20have%20spaces@example.net"));
        assertEquals(Optional.of("alice"), identify("sip:%61lice@example.com"));
    }

    @Test
    public void userOptionsArePartOfTheNameUnlessIgnored() {
        store.endpoint("alice", "username");

        assertEquals(Optional.empty(), identify("sip:alice;npdi=yes@example.com"));

        store.global(true, false);
        assertEquals(Optional.of("alice"), identify("sip:alice;npdi=yes@example.com"));
    }

    @Test
    public void anEndpointNamedWithTheOptionsMatchesWhileTheyAreKept() {
        store.endpoint("alice;npdi=yes", "username").global(false, false);

        assertEquals(Optional.of("alice;npdi=yes"), identify("sip:alice;npdi=yes@example.com"));
    }

    @Test
    public void disableMultiDomainLooksUpTheBareUserOnly() {
        store.endpoint("alice@example.com", "username").endpoint("alice", "username").global(false, true);

        assertEquals(Optional.of("alice"), identify("sip:alice@example.com"));
    }

    @Test
    public void ipv6HostsAreComparedWithoutBrackets() {
        store.endpoint("alice@2001:db8::1", "username");

        assertEquals(Optional.of("alice@2001:db8::1"), identify("sip:alice@[2001:db8::1]"));
    }

    @Test
    public void aFromWithoutUserOrOfAnotherSchemeIdentifiesNobody() {
        store.endpoint("example.com", "username").endpoint("5551234", "username");

        assertEquals(Optional.empty(), identify("sip:example.com"));
        assertEquals(Optional.empty(), identify("tel:5551234"));
    }
}
