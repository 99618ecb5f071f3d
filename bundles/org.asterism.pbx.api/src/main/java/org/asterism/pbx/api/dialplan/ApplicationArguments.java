package org.asterism.pbx.api.dialplan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits application arguments as Asterisk's {@code AST_STANDARD_APP_ARGS}: at commas that are not inside double
 * quotes, parentheses or brackets, and not escaped with a backslash; quotes are removed, escapes undone, each part
 * kept as written otherwise.
 */
public final class ApplicationArguments {

    private ApplicationArguments() {
    }

    /** {@code "PJSIP/201&PJSIP/202,30,tT"} → [PJSIP/201&PJSIP/202, 30, tT]; an empty string → [""]. */
    public static List<String> split(String data) {
        return split(data, ',');
    }

    /** Splits at {@code delimiter} by the same rules ({@code Dial}'s {@code &} uses it). */
    public static List<String> split(String data, char delimiter) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 1 < data.length()) {
                current.append(data.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
                current.append(c);
            } else if (!quoted && (c == ')' || c == ']') && depth > 0) {
                depth--;
                current.append(c);
            } else if (c == delimiter && !quoted && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
