package org.asterism.sip.auth.digest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;

/** Configuration objects put in by the test, by type and id. */
final class InMemoryConfigStore implements ConfigStore {

    private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();

    InMemoryConfigStore put(String type, String id, Object object) {
        objects.computeIfAbsent(type, key -> new LinkedHashMap<>()).put(id, object);
        return this;
    }

    @Override
    public <T> Optional<T> find(String type, String id, Class<T> objectClass) {
        return Optional.ofNullable(objects.getOrDefault(type, Map.of()).get(id)).map(objectClass::cast);
    }

    @Override
    public <T> List<T> all(String type, Class<T> objectClass) {
        List<T> all = new ArrayList<>();
        objects.getOrDefault(type, Map.of()).values().forEach(object -> all.add(objectClass.cast(object)));
        return all;
    }

    @Override
    public List<String> reload() {
        return List.of();
    }
}
