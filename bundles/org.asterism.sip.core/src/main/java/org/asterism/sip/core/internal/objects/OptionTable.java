package org.asterism.sip.core.internal.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;

/**
 * Every option Asterisk documents for one object type (its {@code configOption}s in pjsip_config.xml), with the
 * default res_pjsip registers for it and the kind of value it takes. Reading a section through the table checks
 * each value as Asterisk's handler would, marks every documented option known, and fills in the defaults.
 * ({@code type} itself is not listed: the core reads it.)
 */
final class OptionTable {

    /** How a value is checked and normalised. */
    enum Kind {
        /** Any text; the last line wins. */
        TEXT,
        /** Every line counts (allow, set_var, contact, permit...); kept as items split at commas. */
        REPEATED,
        /** Asterisk's yes/no words; normalised to "yes" or "no". */
        BOOL,
        /** A whole number within [min, max]. */
        INTEGER,
        /** A decimal number, at least min. */
        DECIMAL,
        /** One of the words, any case; normalised to lower case. */
        WORDS,
        /** Asterisk's yes/no words (normalised to yes/no) or one of the words (100rel, timers). */
        BOOL_OR_WORDS
    }

    record Spec(String name, String defaultValue, Kind kind, int min, int max, List<String> words) {
    }

    private final Map<String, Spec> specs;

    private OptionTable(Map<String, Spec> specs) {
        this.specs = Collections.unmodifiableMap(specs);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The documented option names, in the order of pjsip_config.xml. */
    Set<String> names() {
        return specs.keySet();
    }

    /** Reads and checks every documented option of the section; throws naming the first bad one. */
    OptionValues read(ObjectOptions options) throws InvalidOptionException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> items = new HashMap<>();
        List<String> given = new ArrayList<>();
        for (Spec spec : specs.values()) {
            Optional<String> raw = options.value(spec.name());
            if (raw.isPresent()) {
                given.add(spec.name());
            }
            String value;
            switch (spec.kind()) {
                case TEXT -> value = raw.orElse(spec.defaultValue());
                case REPEATED -> {
                    List<String> lines = options.list(spec.name());
                    items.put(spec.name(), lines);
                    value = lines.isEmpty() ? spec.defaultValue() : String.join(",", lines);
                }
                case BOOL -> value = yesNo(options.bool(spec.name(), "yes".equals(spec.defaultValue())));
                case INTEGER -> value = Integer.toString(
                        options.integer(spec.name(), Integer.parseInt(spec.defaultValue()), spec.min(), spec.max()));
                case DECIMAL -> value = decimal(spec, raw);
                case WORDS -> value = options.choice(spec.name(), spec.defaultValue(), spec.words().toArray(String[]::new));
                case BOOL_OR_WORDS -> value = boolOrWord(spec, raw, options);
                default -> throw new IllegalStateException(spec.kind().toString());
            }
            values.put(spec.name(), value);
        }
        return new OptionValues(values, items, given);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String decimal(Spec spec, Optional<String> raw) throws InvalidOptionException {
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return spec.defaultValue();
        }
        try {
            double parsed = Double.parseDouble(raw.get());
            if (Double.isFinite(parsed) && parsed >= spec.min()) {
                return raw.get();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(spec.name(), raw.get(), "must be a number from " + spec.min() + " up, such as 3.5");
    }

    private static String boolOrWord(Spec spec, Optional<String> raw, ObjectOptions options) throws InvalidOptionException {
        if (raw.isPresent() && spec.words().contains(raw.get().toLowerCase(Locale.ROOT))) {
            return raw.get().toLowerCase(Locale.ROOT);
        }
        try {
            return yesNo(options.bool(spec.name(), "yes".equals(spec.defaultValue())));
        } catch (InvalidOptionException e) {
            throw new InvalidOptionException(spec.name(), raw.orElse(""),
                    "must be yes, no, " + String.join(", ", spec.words()));
        }
    }

    /** Lists options in the order of pjsip_config.xml; defaults as res_pjsip registers them. */
    static final class Builder {
        private final Map<String, Spec> specs = new LinkedHashMap<>();

        private Builder add(String name, String defaultValue, Kind kind, int min, int max, String... words) {
            if (specs.put(name, new Spec(name, defaultValue, kind, min, max, List.of(words))) != null) {
                throw new IllegalArgumentException("option '" + name + "' listed twice");
            }
            return this;
        }

        Builder text(String name, String defaultValue) {
            return add(name, defaultValue, Kind.TEXT, 0, 0);
        }

        Builder repeated(String name) {
            return add(name, "", Kind.REPEATED, 0, 0);
        }

        Builder bool(String name, boolean defaultValue) {
            return add(name, yesNo(defaultValue), Kind.BOOL, 0, 0);
        }

        /** Asterisk's OPT_UINT_T (kept within Java's int). */
        Builder unsigned(String name, int defaultValue) {
            return integer(name, defaultValue, 0, Integer.MAX_VALUE);
        }

        Builder integer(String name, int defaultValue, int min, int max) {
            return add(name, Integer.toString(defaultValue), Kind.INTEGER, min, max);
        }

        Builder decimal(String name, String defaultValue, int min) {
            return add(name, defaultValue, Kind.DECIMAL, min, 0);
        }

        Builder words(String name, String defaultValue, String... words) {
            return add(name, defaultValue, Kind.WORDS, 0, 0, words);
        }

        Builder boolOrWords(String name, String defaultValue, String... words) {
            return add(name, defaultValue, Kind.BOOL_OR_WORDS, 0, 0, words);
        }

        OptionTable build() {
            return new OptionTable(new LinkedHashMap<>(specs));
        }
    }
}
