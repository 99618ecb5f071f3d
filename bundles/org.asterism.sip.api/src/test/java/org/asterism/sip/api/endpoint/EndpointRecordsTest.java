package org.asterism.sip.api.endpoint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

public class EndpointRecordsTest {

    private static Endpoint endpoint(List<String> aors, List<String> identifyBy, Map<String, String> options) {
        return new Endpoint("6001", "default", aors, List.of(), List.of(), identifyBy, Optional.empty(), List.of("ulaw"),
                Optional.empty(), Optional.empty(), List.of(), false, true, false, true, "rfc4733", Optional.empty(), false,
                false, "yes", 90, 1800, "yes", "", List.of(), "", options);
    }

    @Test
    public void recordsKeepCopiesSoLaterChangesToTheInputsDoNotLeakIn() {
        List<String> aors = new ArrayList<>(List.of("6001"));
        Map<String, String> options = new HashMap<>(Map.of("context", "default"));
        Endpoint endpoint = endpoint(aors, List.of("username", "ip"), options);
        aors.add("6002");
        options.put("context", "changed");
        assertEquals(List.of("6001"), endpoint.aors());
        assertEquals("default", endpoint.options().get("context"));
    }

    @Test(expected = UnsupportedOperationException.class)
    public void listsAreImmutable() {
        endpoint(List.of("6001"), List.of("ip"), Map.of()).allow().add("alaw");
    }

    @Test
    public void anEndpointIsIdentifiableOnlyByItsIdentifyByMethods() {
        Endpoint endpoint = endpoint(List.of(), List.of("ip"), Map.of());
        assertTrue(endpoint.identifiableBy("ip"));
        assertFalse(endpoint.identifiableBy("username"));
    }

    @Test
    public void anAorWithoutMaxContactsTakesNoRegistrations() {
        Aor aor = new Aor("6001", 0, false, false, 60, 7200, 3600, 0, 3.0, false, List.of("sip:6001@192.0.2.1"), List.of(),
                false, Optional.empty(), "", Map.of());
        assertFalse(aor.acceptsRegistrations());
        assertTrue(new Aor("6001", 1, false, false, 60, 7200, 3600, 0, 3.0, false, List.of(), List.of(), false,
                Optional.empty(), "", Map.of()).acceptsRegistrations());
    }

    @Test
    public void everyAuthTypeButGoogleOauthIsDigest() {
        for (String type : List.of("userpass", "md5", "digest")) {
            assertTrue(type, new Auth("a", type, "u", Optional.of("p"), Optional.empty(), Optional.empty(), 32, Map.of())
                    .isDigest());
        }
        assertFalse(new Auth("a", "google_oauth", "u", Optional.empty(), Optional.empty(), Optional.empty(), 32, Map.of())
                .isDigest());
    }

    @Test
    public void typeNamesAreAsterisks() {
        assertEquals("endpoint", Endpoint.TYPE);
        assertEquals("auth", Auth.TYPE);
        assertEquals("aor", Aor.TYPE);
        assertEquals("domain_alias", DomainAlias.TYPE);
        assertEquals("global", GlobalSettings.TYPE);
        assertEquals("system", SystemSettings.TYPE);
    }
}
