package org.asterism.sip.api.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The options of one configuration section, with its templates applied. Reading an option marks it
 * known. Option names compare without regard to case, as in Asterisk. Values are trimmed; a repeated
 * option keeps every value in order.
 */
@ProviderType
public interface ObjectOptions {

    /** The section name, which is the object's id. */
    String id();

    /** The last value given, if any. */
    Optional<String> value(String option);

    /** Every value given, each split at commas, blanks dropped ("allow=ulaw,alaw" and repeats). */
    List<String> list(String option);

    default String string(String option, String defaultValue) {
        return value(option).orElse(defaultValue);
    }

    /** An integer within [min, max]; anything else is an {@link InvalidOptionException}. */
    int integer(String option, int defaultValue, int min, int max) throws InvalidOptionException;

    /** Asterisk's booleans: yes/no, true/false, on/off, 1/0, y/n, t/f. */
    boolean bool(String option, boolean defaultValue) throws InvalidOptionException;

    /** One of the given words, compared without case; returned lower case. */
    String choice(String option, String defaultValue, String... allowed) throws InvalidOptionException;

    /**
     * The lines of several options in the order they were written (templates first), for options whose
     * lines act in sequence, such as {@code allow} and {@code disallow}. Each entry is (option, value).
     */
    List<Map.Entry<String, String>> entries(String... options);

    /** Marks options as known although this type does not use them (yet). */
    void accept(String... options);
}
