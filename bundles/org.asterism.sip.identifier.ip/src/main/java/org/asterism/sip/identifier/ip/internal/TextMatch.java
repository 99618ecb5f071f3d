package org.asterism.sip.identifier.ip.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asterism.sip.api.config.InvalidOptionException;

/**
 * A value to compare with, as {@code match_header} and {@code match_request_uri} give it: literal text compared
 * exactly, or {@code /regex/}, which matches when the expression is found anywhere in the text (POSIX
 * {@code regexec} without anchors, as Asterisk uses it). "//" is the empty literal.
 *
 * @param written the value as configured
 * @param literal the text to compare exactly, when not a regular expression
 * @param regex the compiled expression, if the value is one
 */
public record TextMatch(String written, String literal, Optional<Pattern> regex) {

    /** POSIX bracket classes, which java.util.regex spells differently. */
    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(Map.entry("[:alnum:]", "\\p{Alnum}"),
            Map.entry("[:alpha:]", "\\p{Alpha}"), Map.entry("[:blank:]", "\\p{Blank}"), Map.entry("[:cntrl:]", "\\p{Cntrl}"),
            Map.entry("[:digit:]", "\\p{Digit}"), Map.entry("[:graph:]", "\\p{Graph}"), Map.entry("[:lower:]", "\\p{Lower}"),
            Map.entry("[:print:]", "\\p{Print}"), Map.entry("[:punct:]", "\\p{Punct}"), Map.entry("[:space:]", "\\p{Space}"),
            Map.entry("[:upper:]", "\\p{Upper}"), Map.entry("[:xdigit:]", "\\p{XDigit}"));

    public static TextMatch parse(String option, String value) throws InvalidOptionException {
        if (value.equals("//")) {
            return new TextMatch(value, "", Optional.empty());
        }
        if (value.length() > 2 && value.startsWith("/") && value.endsWith("/")) {
            String expression = value.substring(1, value.length() - 1);
            for (Map.Entry<String, String> posix : POSIX_CLASSES.entrySet()) {
                expression = expression.replace(posix.getKey(), posix.getValue());
            }
            try {
                return new TextMatch(value, "", Optional.of(Pattern.compile(expression)));
            } catch (PatternSyntaxException e) {
                throw new InvalidOptionException(option, value,
                        "failed to compile regular expression '" + value.substring(1, value.length() - 1) + "': " + e.getDescription());
            }
        }
        return new TextMatch(value, value, Optional.empty());
    }

    public boolean matches(String text) {
        return regex.map(pattern -> pattern.matcher(text).find()).orElseGet(() -> literal.equals(text));
    }

    @Override
    public String toString() {
        return written;
    }
}
