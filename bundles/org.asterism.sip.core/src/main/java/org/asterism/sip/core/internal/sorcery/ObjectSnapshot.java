package org.asterism.sip.core.internal.sorcery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable set of configuration objects by type and id, in configuration order. */
final class ObjectSnapshot {

    static final ObjectSnapshot EMPTY = new ObjectSnapshot(Map.of());

    private final Map<String, Map<String, Object>> byType;

    private ObjectSnapshot(Map<String, Map<String, Object>> byType) {
        this.byType = byType;
    }

    Optional<Object> find(String type, String id) {
        return Optional.ofNullable(byType.getOrDefault(type, Map.of()).get(id));
    }

    List<Object> all(String type) {
        return List.copyOf(byType.getOrDefault(type, Map.of()).values());
    }

    int size() {
        return byType.values().stream().mapToInt(Map::size).sum();
    }

    /** Collects objects; the first object of a type and id wins, as a later duplicate is reported. */
    static final class Builder {
        private final Map<String, Map<String, Object>> byType = new HashMap<>();

        boolean add(String type, String id, Object object) {
            return byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).putIfAbsent(id, object) == null;
        }

        boolean has(String type) {
            return !byType.getOrDefault(type, Map.of()).isEmpty();
        }

        ObjectSnapshot build() {
            Map<String, Map<String, Object>> frozen = new HashMap<>();
            byType.forEach((type, objects) -> frozen.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(objects))));
            return new ObjectSnapshot(Collections.unmodifiableMap(frozen));
        }
    }

    /** Every type present, for reports. */
    List<String> types() {
        return new ArrayList<>(byType.keySet());
    }
}
