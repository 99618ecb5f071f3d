package org.asterism.sip.core.internal.sorcery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.asterism.config.ConfigEntry;
import org.asterism.config.ConfigSection;
import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;

/** A section's options as an object type reads them; remembers which were read so the rest are unknown. */
final class SectionOptions implements ObjectOptions {

    private static final Set<String> TRUE = Set.of("yes", "true", "y", "t", "1", "on");
    private static final Set<String> FALSE = Set.of("no", "false", "n", "f", "0", "off");

    private final ConfigSection section;
    private final Set<String> read = new HashSet<>();

    SectionOptions(ConfigSection section) {
        this.section = section;
        read.add("type");
    }

    @Override
    public String id() {
        return section.name();
    }

    @Override
    public Optional<String> value(String option) {
        markRead(option);
        return section.last(option).map(entry -> entry.value().trim());
    }

    @Override
    public List<String> list(String option) {
        markRead(option);
        List<String> values = new ArrayList<>();
        for (ConfigEntry entry : section.all(option)) {
            for (String part : entry.value().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    @Override
    public int integer(String option, int defaultValue, int min, int max) throws InvalidOptionException {
        Optional<String> value = value(option);
        if (value.isEmpty() || value.get().isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(option, value.get(), "must be a whole number from " + min + " to " + max);
    }

    @Override
    public boolean bool(String option, boolean defaultValue) throws InvalidOptionException {
        Optional<String> value = value(option);
        if (value.isEmpty() || value.get().isEmpty()) {
            return defaultValue;
        }
        String word = value.get().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return true;
        }
        if (FALSE.contains(word)) {
            return false;
        }
        throw new InvalidOptionException(option, value.get(), "must be yes or no");
    }

    @Override
    public String choice(String option, String defaultValue, String... allowed) throws InvalidOptionException {
        Optional<String> value = value(option);
        if (value.isEmpty() || value.get().isEmpty()) {
            return defaultValue;
        }
        String word = value.get().toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(word)) {
                return word;
            }
        }
        throw new InvalidOptionException(option, value.get(), "must be one of " + String.join(", ", allowed));
    }

    @Override
    public List<Map.Entry<String, String>> entries(String... options) {
        Set<String> wanted = new HashSet<>();
        for (String option : options) {
            markRead(option);
            wanted.add(option.toLowerCase(Locale.ROOT));
        }
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        for (ConfigEntry entry : section.entries()) {
            if (wanted.contains(entry.name().toLowerCase(Locale.ROOT))) {
                lines.add(Map.entry(entry.name().toLowerCase(Locale.ROOT), entry.value().trim()));
            }
        }
        return lines;
    }

    @Override
    public void accept(String... options) {
        for (String option : options) {
            markRead(option);
        }
    }

    /** The first entry whose option no read asked for, if any. */
    Optional<ConfigEntry> firstUnknown() {
        return section.entries().stream().filter(entry -> !read.contains(entry.name().toLowerCase(Locale.ROOT))).findFirst();
    }

    private void markRead(String option) {
        read.add(option.toLowerCase(Locale.ROOT));
    }

    /** Where an option was written, for error messages. */
    Optional<ConfigEntry> entry(String option) {
        return section.last(option);
    }
}
