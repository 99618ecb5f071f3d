package org.asterism.sip.identifier.ip.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;

/** One section's lines, read as the core's ObjectOptions reads them; remembers which options were read. */
public final class FakeOptions implements ObjectOptions {

    private final String id;
    private final List<Map.Entry<String, String>> lines = new ArrayList<>();
    private final Set<String> read = new HashSet<>();

    private FakeOptions(String id) {
        this.id = id;
    }

    /** A section from "name=value" lines, as in pjsip.conf. */
    public static FakeOptions section(String id, String... lines) {
        FakeOptions options = new FakeOptions(id);
        for (String line : lines) {
            int equals = line.indexOf('=');
            options.lines.add(Map.entry(line.substring(0, equals).trim().toLowerCase(Locale.ROOT), line.substring(equals + 1).trim()));
        }
        return options;
    }

    /** Options written but never read: those the core would report as unknown. */
    List<String> unread() {
        return lines.stream().map(Map.Entry::getKey).filter(name -> !read.contains(name) && !name.equals("type")).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<String> value(String option) {
        read.add(option);
        Optional<String> last = Optional.empty();
        for (Map.Entry<String, String> line : lines) {
            if (line.getKey().equals(option)) {
                last = Optional.of(line.getValue());
            }
        }
        return last;
    }

    @Override
    public List<String> list(String option) {
        read.add(option);
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> line : lines) {
            if (line.getKey().equals(option)) {
                for (String part : line.getValue().split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
        }
        return values;
    }

    @Override
    public int integer(String option, int defaultValue, int min, int max) throws InvalidOptionException {
        Optional<String> value = value(option);
        return value.isEmpty() ? defaultValue : Integer.parseInt(value.get());
    }

    @Override
    public boolean bool(String option, boolean defaultValue) throws InvalidOptionException {
        Optional<String> value = value(option);
        if (value.isEmpty() || value.get().isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            case "no", "false", "n", "f", "0", "off" -> false;
            default -> throw new InvalidOptionException(option, value.get(), "must be yes or no");
        };
    }

    @Override
    public String choice(String option, String defaultValue, String... allowed) {
        return value(option).orElse(defaultValue);
    }

    @Override
    public List<Map.Entry<String, String>> entries(String... options) {
        Set<String> wanted = Set.of(options);
        read.addAll(wanted);
        return lines.stream().filter(line -> wanted.contains(line.getKey())).toList();
    }

    @Override
    public void accept(String... options) {
        read.addAll(List.of(options));
    }
}
