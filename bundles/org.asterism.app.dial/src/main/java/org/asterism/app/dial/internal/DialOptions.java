package org.asterism.app.dial.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Dial's option letters, as ast_app_parse_options64 reads them: a letter, optionally followed by an argument in
 * parentheses ({@code r(tone)}, {@code L(60000)}). Letters are case-sensitive.
 */
final class DialOptions {

    private final Map<Character, String> options = new LinkedHashMap<>();

    private DialOptions() {
    }

    static DialOptions parse(String text) {
        DialOptions parsed = new DialOptions();
        int i = 0;
        while (i < text.length()) {
            char letter = text.charAt(i++);
            String argument = "";
            if (i < text.length() && text.charAt(i) == '(') {
                int depth = 1;
                int start = ++i;
                while (i < text.length() && depth > 0) {
                    char c = text.charAt(i);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    i++;
                }
                argument = text.substring(start, depth == 0 ? i - 1 : i);
            }
            if (!Character.isWhitespace(letter)) {
                parsed.options.put(letter, argument);
            }
        }
        return parsed;
    }

    boolean has(char letter) {
        return options.containsKey(letter);
    }

    Optional<String> argument(char letter) {
        return Optional.ofNullable(options.get(letter));
    }

    Iterable<Character> letters() {
        return options.keySet();
    }
}
