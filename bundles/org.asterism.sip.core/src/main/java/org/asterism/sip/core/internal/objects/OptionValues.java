package org.asterism.sip.core.internal.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A section's documented options after {@link OptionTable#read}: checked, normalised, defaults filled in. */
final class OptionValues {

    private final Map<String, String> values;
    private final Map<String, List<String>> items;
    private final List<String> given;

    OptionValues(Map<String, String> values, Map<String, List<String>> items, List<String> given) {
        this.values = new LinkedHashMap<>(values);
        this.items = Map.copyOf(items);
        this.given = List.copyOf(given);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is not in the option table");
        }
        return value;
    }

    /** The value, or empty when it is blank. */
    Optional<String> optionalText(String name) {
        String value = text(name);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    boolean bool(String name) {
        return "yes".equals(text(name));
    }

    int integer(String name) {
        return Integer.parseInt(text(name));
    }

    double decimal(String name) {
        return Double.parseDouble(text(name));
    }

    /** A comma-separated value (aors, auth, mailboxes) as a list: trimmed, blanks dropped. */
    List<String> names(String name) {
        return splitNames(text(name));
    }

    /** Every item of a repeated option, in order, each line split at commas. */
    List<String> items(String name) {
        List<String> found = items.get(name);
        if (found == null) {
            throw new IllegalArgumentException("'" + name + "' is not a repeated option");
        }
        return found;
    }

    /** Whether the section (or a template) sets the option. */
    boolean given(String name) {
        return given.contains(name);
    }

    /** Replaces a value after a check that, as in Asterisk, falls back instead of refusing. */
    void replace(String name, String value) {
        text(name);
        values.put(name, value);
    }

    /** Every documented option as read, for the record's {@code options()}. */
    Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    static List<String> splitNames(String text) {
        List<String> names = new ArrayList<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty()).forEach(names::add);
        return names;
    }
}
