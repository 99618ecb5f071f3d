package org.asterism.pbx.dialplan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Whiteboard services found by name, case-insensitively as Asterisk finds applications and functions. When two
 * services share a name the first registered wins, and the other takes over if it leaves.
 */
final class NamedServices<T> {

    private final Function<T, String> naming;
    private final Map<String, List<T>> byName = new ConcurrentHashMap<>();

    NamedServices(Function<T, String> naming) {
        this.naming = naming;
    }

    void add(T service) {
        byName.compute(key(naming.apply(service)), (k, list) -> {
            List<T> copy = list == null ? new ArrayList<>(1) : new ArrayList<>(list);
            copy.add(service);
            return List.copyOf(copy);
        });
    }

    void remove(T service) {
        byName.computeIfPresent(key(naming.apply(service)), (k, list) -> {
            List<T> copy = new ArrayList<>(list);
            copy.remove(service);
            return copy.isEmpty() ? null : List.copyOf(copy);
        });
    }

    Optional<T> find(String name) {
        List<T> list = byName.get(key(name));
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** One service per name, sorted by name ignoring case (Asterisk's list order). */
    List<T> all() {
        List<T> all = new ArrayList<>();
        byName.values().forEach(list -> all.add(list.get(0)));
        all.sort(Comparator.comparing(naming, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
