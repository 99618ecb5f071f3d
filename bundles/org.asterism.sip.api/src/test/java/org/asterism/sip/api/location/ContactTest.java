package org.asterism.sip.api.location;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class ContactTest {

    private static final Instant AT = Instant.parse("2025-01-01T12:00:00Z");

    private static Contact contact(String aor, String uri, List<String> path) {
        return new Contact(aor, uri, AT, path, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                1, Optional.empty(), 0, 3.0, false, Optional.empty());
    }

    @Test
    public void theIdIsAsterisksAorSemicolonAtMd5OfTheUri() {
        // md5("sip:alice@192.0.2.10:5060") as Asterisk's ast_md5_hash prints it: 32 lower-case hex digits
        assertEquals("alice;@583facb3dea1318f25bad814f0034b6a", contact("alice", "sip:alice@192.0.2.10:5060", List.of()).id());
    }

    @Test
    public void aContactHasExpiredFromItsExpiryInstantOn() {
        Contact c = contact("alice", "sip:alice@192.0.2.10", List.of());
        assertFalse(c.expired(AT.minusMillis(1)));
        assertTrue(c.expired(AT));
        assertTrue(c.expired(AT.plusSeconds(1)));
    }

    @Test
    public void thePathIsCopiedSoTheCallerCannotChangeIt() {
        List<String> path = new ArrayList<>(List.of("<sip:edge.example.com;lr>"));
        Contact c = contact("alice", "sip:alice@192.0.2.10", path);
        path.add("<sip:other;lr>");
        assertEquals(List.of("<sip:edge.example.com;lr>"), c.path());
    }

    @Test
    public void blankAorsAndUrisAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> contact(" ", "sip:a@b", List.of()));
        assertThrows(IllegalArgumentException.class, () -> contact("alice", "", List.of()));
    }
}
