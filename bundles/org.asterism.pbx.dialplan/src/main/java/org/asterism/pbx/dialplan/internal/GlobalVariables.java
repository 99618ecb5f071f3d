package org.asterism.pbx.dialplan.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Asterisk's global variables ({@code [globals]}, {@code Set(GLOBAL(x)=y)}): names are case-sensitive. */
public final class GlobalVariables {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Sets a global; null removes it. */
    public void set(String name, String value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
    }

    /** {@code pbx_builtin_clear_globals}. */
    public void clear() {
        values.clear();
    }

    /** A sorted copy, for listings. */
    public Map<String, String> all() {
        return new TreeMap<>(values);
    }
}
