package org.asterism.sip.identifier.user.internal;

import org.asterism.sip.testing.FakeRequestContext;
import org.asterism.sip.testing.MapConfigStore;
import static org.junit.Assert.assertEquals;

import java.util.Optional;

import org.junit.Test;

public class AuthUsernameIdentifierTest {

    private final MapConfigStore store = new MapConfigStore();
    private final AuthUsernameIdentifier identifier = new AuthUsernameIdentifier(store);

    private static String digest(String header, String username, String realm) {
        return header + ": Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"dcd98b7102dd2f0e\", "
                + "uri=\"sip:asterism@192.0.2.1\", response=\"6629fae49393a05397450978507c4ef1\", algorithm=MD5";
    }

    private Optional<String> identify(String... headers) {
        return identifier.identify(FakeRequestContext.from("sip:someone@example.org", headers));
    }

    @Test
    public void nothingConfiguredIdentifiesNobody() {
        assertEquals(Optional.empty(), identify(digest("Authorization", "bob", "example.com")));
    }

    @Test
    public void noAuthorizationIdentifiesNobody() {
        store.endpoint("someone", "auth_username");

        assertEquals(Optional.empty(), identify());
    }

    @Test
    public void theDigestUsernameAtItsRealmIsTriedBeforeTheBareUsername() {
        store.endpoint("bob", "auth_username").endpoint("bob@example.com", "auth_username");

        assertEquals(Optional.of("bob@example.com"), identify(digest("Authorization", "bob", "example.com")));
        assertEquals(Optional.of("bob"), identify(digest("Authorization", "bob", "asterisk")));
    }

    @Test
    public void theRealmIsResolvedThroughDomainAliases() {
        store.endpoint("bob@example.com", "auth_username").domainAlias("example.net", "example.com");

        assertEquals(Optional.of("bob@example.com"), identify(digest("Authorization", "bob", "example.net")));
    }

    @Test
    public void anEndpointIdentifiedByUsernameOnlyIsNotMatched() {
        store.endpoint("bob", "username");

        assertEquals(Optional.empty(), identify(digest("Authorization", "bob", "asterisk")));
    }

    @Test
    public void eachAuthorizationIsTriedInTurn() {
        store.endpoint("carol", "username").endpoint("bob", "auth_username");

        assertEquals(Optional.of("bob"), identify(digest("Authorization", "carol", "asterisk"),
                digest("Authorization", "bob", "asterisk")));
    }

    @Test
    public void proxyAuthorizationIsNotUsedAsInAsterisk() {
        store.endpoint("bob", "auth_username");

        assertEquals(Optional.empty(), identify(digest("Proxy-Authorization", "bob", "asterisk")));
    }

    @Test
    public void disableMultiDomainLooksUpTheBareUsernameOnly() {
        store.endpoint("bob@example.com", "auth_username").endpoint("bob", "auth_username").global(false, true);

        assertEquals(Optional.of("bob"), identify(digest("Authorization", "bob", "example.com")));
    }
}
