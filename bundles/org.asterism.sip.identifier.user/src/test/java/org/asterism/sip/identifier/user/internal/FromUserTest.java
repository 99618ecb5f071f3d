package org.asterism.sip.identifier.user.internal;

import org.asterism.sip.testing.FakeRequestContext;
import org.asterism.sip.testing.MapConfigStore;
import static org.junit.Assert.assertEquals;

import java.util.Optional;

import org.junit.Test;

public class FromUserTest {

    private static Optional<ClaimedIdentity> from(String uri, boolean ignoreUriUserOptions) {
        return FromUser.of(FakeRequestContext.from(uri).request(), ignoreUriUserOptions);
    }

    @Test
    public void readsTheUserAndHostOfTheFromUri() {
        assertEquals(Optional.of(new ClaimedIdentity("alice", "example.com")), from("sip:alice@example.com:5070;transport=tcp", false));
    }

    @Test
    public void truncatesAtTheFirstSemicolonOnlyWhenAsked() {
        assertEquals("alice;npdi;rn=5", from("sip:alice;npdi;rn=5@example.com", false).orElseThrow().name());
        assertEquals("alice", from("sip:alice;npdi;rn=5@example.com", true).orElseThrow().name());
    }

    @Test
    public void unescapesBeforeTruncatingAsPjsipDoes() {
        assertEquals("alice;x", from("sip:alice%3Bx@example.com", false).orElseThrow().name());
        assertEquals("alice", from("sip:alice%3Bx@example.com", true).orElseThrow().name());
    }

    @Test
    public void decodesEscapesAsUtf8AndLeavesStrayPercentSigns() {
        assertEquals("Jürgen", FromUser.unescape("J%C3%BCrgen"));
        assertEquals("100%", FromUser.unescape("100%"));
        assertEquals("a%zzb%4", FromUser.unescape("a%zzb%4"));
        assertEquals("+1 555", FromUser.unescape("+1%20555"));
    }
}
