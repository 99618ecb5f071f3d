package org.asterism.sip.core.internal.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.Endpoint;

/** A ConfigStore holding records built by the test, in the order added, with builders for the records the CLI shows. */
final class FakeConfigStore implements ConfigStore {

    private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();

    FakeConfigStore add(String type, String id, Object object) {
        objects.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, object);
        return this;
    }

    FakeConfigStore add(Endpoint endpoint) {
        return add(Endpoint.TYPE, endpoint.id(), endpoint);
    }

    FakeConfigStore add(Auth auth) {
        return add(Auth.TYPE, auth.id(), auth);
    }

    FakeConfigStore add(Aor aor) {
        return add(Aor.TYPE, aor.id(), aor);
    }

    static Endpoint endpoint(String id, List<String> aors, List<String> auth, List<String> outboundAuth,
            Optional<String> transport, Optional<String> callerid, Map<String, String> options) {
        return new Endpoint(id, "default", aors, auth, outboundAuth, List.of("username", "ip"), transport, List.of("ulaw"),
                Optional.empty(), Optional.empty(), List.of(), false, true, false, true, "rfc4733", callerid, false, false,
                "yes", 90, 1800, "yes", "", List.of(), "", options);
    }

    static Auth auth(String id, String username) {
        return new Auth(id, "userpass", username, Optional.of("secret"), Optional.empty(), Optional.empty(), 32,
                Map.of("auth_type", "userpass", "username", username, "password", "secret", "nonce_lifetime", "32"));
    }

    static Aor aor(String id, int maxContacts, String... contacts) {
        return new Aor(id, maxContacts, false, false, 60, 7200, 3600, 0, 3.0, false, List.of(contacts), List.of(), false,
                Optional.empty(), "", Map.of("max_contacts", String.valueOf(maxContacts), "contact", String.join(",", contacts)));
    }

    @Override
    public <T> Optional<T> find(String type, String id, Class<T> objectClass) {
        return Optional.ofNullable(objects.getOrDefault(type, Map.of()).get(id)).filter(objectClass::isInstance)
                .map(objectClass::cast);
    }

    @Override
    public <T> List<T> all(String type, Class<T> objectClass) {
        List<T> all = new ArrayList<>();
        for (Object object : objects.getOrDefault(type, Map.of()).values()) {
            if (objectClass.isInstance(object)) {
                all.add(objectClass.cast(object));
            }
        }
        return all;
    }

    @Override
    public List<String> reload() {
        return List.of();
    }
}
