package org.asterism.sip.identifier.ip.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Endpoint;

/** A ConfigStore holding records built by the test, in the order added. */
final class MapConfigStore implements ConfigStore {

    private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();

    MapConfigStore add(String type, String id, Object object) {
        objects.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, object);
        return this;
    }

    MapConfigStore identify(Identify identify) {
        return add(Identify.TYPE, identify.id(), identify);
    }

    MapConfigStore endpoint(String id, String... identifyBy) {
        return add(Endpoint.TYPE, id, endpointRecord(id, identifyBy));
    }

    static Endpoint endpointRecord(String id, String... identifyBy) {
        return new Endpoint(id, "default", List.of(id), List.of(), List.of(), List.of(identifyBy), Optional.empty(),
                List.of("ulaw"), Optional.empty(), Optional.empty(), List.of(), false, true, false, true, "rfc4733",
                Optional.empty(), false, false, "yes", 90, 1800, "yes", "", List.of(), "", Map.of());
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
