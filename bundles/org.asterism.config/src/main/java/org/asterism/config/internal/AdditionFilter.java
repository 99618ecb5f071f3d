package org.asterism.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asterism.config.ConfigEntry;

/**
 * The filter after {@code +} in {@code [1000](+type=aor)}: it picks which of several same-named sections
 * an addition goes to. As in config.c's {@code does_category_match()}: expressions are separated by
 * {@code &}; each is {@code name=value}, two regular expressions that must both be found in one entry;
 * {@code TEMPLATES=include} also lets templates match, {@code TEMPLATES=restrict} only templates. An empty
 * filter matches any non-template section.
 */
final class AdditionFilter {

    private static final AdditionFilter NONE = new AdditionFilter(List.of(), false, false, false);

    private record Clause(Pattern name, Pattern value) {
    }

    private final List<Clause> clauses;
    private final boolean includeTemplates;
    private final boolean onlyTemplates;
    private final boolean matchesNothing;

    private AdditionFilter(List<Clause> clauses, boolean includeTemplates, boolean onlyTemplates, boolean matchesNothing) {
        this.clauses = clauses;
        this.includeTemplates = includeTemplates;
        this.onlyTemplates = onlyTemplates;
        this.matchesNothing = matchesNothing;
    }

    static AdditionFilter parse(String filter) {
        if (filter.isEmpty()) {
            return NONE;
        }
        List<Clause> clauses = new ArrayList<>();
        boolean includeTemplates = false;
        boolean onlyTemplates = false;
        for (String expression : split(filter, '&')) {
            List<String> parts = split(expression, '=');
            if (parts.size() < 2) {
                return nothing(); // "an empty match value is OK, a missing one is not"
            }
            String name = parts.get(0);
            String value = parts.get(1);
            if (name.equals("TEMPLATES")) {
                if (value.equalsIgnoreCase("include")) {
                    includeTemplates = true;
                } else if (value.equalsIgnoreCase("restrict")) {
                    onlyTemplates = true;
                } else {
                    return nothing();
                }
                continue;
            }
            try {
                clauses.add(new Clause(Pattern.compile(name), Pattern.compile(value)));
            } catch (PatternSyntaxException e) {
                return nothing(); // config.c logs the bad expression and matches nothing
            }
        }
        return new AdditionFilter(List.copyOf(clauses), includeTemplates, onlyTemplates, false);
    }

    boolean matches(SectionBuilder section) {
        if (matchesNothing || (section.template ? !(includeTemplates || onlyTemplates) : onlyTemplates)) {
            return false;
        }
        for (Clause clause : clauses) {
            if (!anyEntryMatches(section, clause)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyEntryMatches(SectionBuilder section, Clause clause) {
        for (ConfigEntry entry : section.entries) {
            if (clause.name().matcher(entry.name()).find() && clause.value().matcher(entry.value()).find()) {
                return true;
            }
        }
        return false;
    }

    private static AdditionFilter nothing() {
        return new AdditionFilter(List.of(), false, false, true);
    }

    /**
     * Splits like Asterisk's {@code ast_strsep(…, AST_STRSEP_STRIP)}: a separator inside quotes or after a
     * backslash does not split; each piece is trimmed and loses one pair of enclosing quotes.
     */
    static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        StringBuilder quotes = new StringBuilder();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                if (quotes.length() > 0 && quotes.charAt(quotes.length() - 1) == c) {
                    quotes.setLength(quotes.length() - 1);
                } else {
                    quotes.append(c);
                }
            } else if (c == separator && quotes.length() == 0) {
                pieces.add(unquote(text.substring(start, i)));
                start = i + 1;
            }
        }
        pieces.add(unquote(text.substring(start)));
        return pieces;
    }

    private static String unquote(String piece) {
        String s = piece.trim();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
