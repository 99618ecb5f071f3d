package org.asterism.pbx.config.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.config.ConfigEntry;
import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;

/**
 * One context of extensions.conf being read, line by line as pbx_config.c's {@code pbx_load_config} reads it:
 * {@code exten =>} and {@code same =>} with their priorities ({@code 1}, {@code n}, {@code s}, {@code hint},
 * {@code n(label)}, {@code label+1}), {@code include =>}, {@code ignorepat =>} (accepted), {@code switch =>} (not
 * supported). A bad line is reported, in Asterisk's words plus the context, and left out; the rest stays.
 */
final class ContextBuilder {

    private final String name;
    private final List<DialplanEntry> entries = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    /** Priorities and labels given so far per extension (name and caller ID), to refuse duplicates. */
    private final Map<String, Map<Integer, DialplanEntry>> priorities = new HashMap<>();
    private final Map<String, Map<String, Integer>> labels = new HashMap<>();
    private final List<Problem> problems;

    /** Reset at each section header, as Asterisk resets them for each category. */
    private String lastExtension = "";
    private int lastPriority = -2;

    ContextBuilder(String name, List<Problem> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** A {@code [name]} header for this context starts again: {@code n} and {@code same} start over. */
    void newSection() {
        lastExtension = "";
        lastPriority = -2;
    }

    void add(ConfigEntry v) {
        String key = v.name();
        String where = " at line " + v.line() + " of " + v.file();
        if (key.length() >= 4 && key.substring(0, 4).equalsIgnoreCase("same")) {
            if (lastExtension.isEmpty()) {
                problems.add(Problem.error("No previous pattern in the first entry of context '" + name + "' to match '"
                        + key + "'" + where + "!"));
                return;
            }
            extension(lastExtension, v.value(), v);
        } else if (key.equalsIgnoreCase("exten")) {
            String[] first = splitFirstField(v.value());
            lastExtension = first[0];
            extension(first[0], first[1], v);
        } else if (key.equalsIgnoreCase("include")) {
            if (includes.stream().anyMatch(i -> i.equalsIgnoreCase(v.value()))) {
                warn("Context '" + v.value() + "' already included in '" + name + "' context on include" + where);
                return;
            }
            includes.add(v.value());
        } else if (key.equalsIgnoreCase("ignorepat")) {
            return; // accepted: Asterism collects no digits in the dialplan, so there is nothing to ignore
        } else if (key.equalsIgnoreCase("switch") || key.equalsIgnoreCase("lswitch") || key.equalsIgnoreCase("eswitch")) {
            warn("Unable to include switch '" + v.value() + "' in context '" + name + "'" + where
                    + " (alternative switches are not supported)");
        } else if (key.equalsIgnoreCase("autohints")) {
            warn("autohints is not supported, ignored" + where + context());
        } else {
            warn("==!!== Unknown directive: " + key + where + " -- IGNORING!!!" + context());
        }
    }

    /** {@code pri,app(data)} (or {@code pri,devices} for a hint) of extension {@code written} ("100/_2XX"). */
    private void extension(String written, String rest, ConfigEntry v) {
        String where = " at line " + v.line() + " of " + v.file();
        String exten = written;
        String callerId = null;
        int slash = exten.indexOf('/');
        if (slash >= 0) {
            callerId = shrinkPhoneNumber(exten.substring(slash + 1));
            exten = exten.substring(0, slash);
        }
        String remaining = rest;
        int comma = remaining == null ? -1 : remaining.indexOf(',');
        String pri = (remaining == null ? "" : comma < 0 ? remaining : remaining.substring(0, comma)).strip();
        remaining = remaining == null || comma < 0 ? null : remaining.substring(comma + 1);
        String label = null;
        int paren = pri.indexOf('(');
        if (paren >= 0) {
            int close = pri.indexOf(')', paren);
            if (close < 0) {
                warn("Label missing trailing ')'" + where + context());
                return;
            }
            label = pri.substring(paren + 1, close);
            pri = pri.substring(0, paren);
        }
        String plus = null;
        int plusAt = pri.indexOf('+');
        if (plusAt >= 0) {
            plus = pri.substring(plusAt + 1);
            pri = pri.substring(0, plusAt);
        }
        int priority;
        if (pri.equals("hint")) {
            priority = DialplanEntry.HINT;
        } else if (pri.equals("next") || pri.equals("n")) {
            if (lastPriority <= -2) {
                warn("Can't use 'next' priority on the first entry" + where + "!" + context());
                return;
            }
            priority = lastPriority + 1;
        } else if (pri.equals("same") || pri.equals("s")) {
            if (lastPriority <= -2) {
                warn("Can't use 'same' priority on the first entry" + where + "!" + context());
                return;
            }
            priority = lastPriority;
        } else {
            Integer number = leadingInt(pri);
            if (number == null) {
                Integer labelled = labels.getOrDefault(identity(exten, callerId), Map.of()).get(pri);
                if (labelled == null || labelled < 1) {
                    warn("Invalid priority/label '" + pri + "'" + where + context());
                    return;
                }
                priority = labelled;
            } else if (number < 1) {
                warn("Invalid priority '" + pri + "'" + where + context());
                return;
            } else {
                priority = number;
            }
        }
        String app = remaining == null ? "" : remaining;
        String data = "";
        int open = app.indexOf('(');
        if (open >= 0) {
            String before = app.substring(0, open);
            if (!before.contains("${") && !before.contains("$[")) { // "hint,DAHDI/${GLOBAL(x)}" has no application
                data = app.substring(open + 1);
                app = before;
                int end = data.lastIndexOf(')');
                if (end >= 0) {
                    data = data.substring(0, end);
                } else {
                    warn("No closing parenthesis found? '" + app + "(" + data + "'" + where + context());
                }
            }
        }
        app = app.stripLeading();
        if (priority == 0) {
            return; // "n" after a hint gives priority 0, which Asterisk drops without a word
        }
        if (plus != null) {
            priority += leadingIntOrZero(plus);
        }
        lastPriority = priority;
        if (exten.equals("_.") || exten.equals("_!")) {
            warn("The use of '" + exten + "' for an extension is strongly discouraged and can have unexpected behavior.  "
                    + "Please use '_X" + exten.charAt(1) + "' instead" + where + context());
        }
        String file = v.file().substring(v.file().lastIndexOf('/') + 1);
        boolean hint = priority == DialplanEntry.HINT;
        register(new DialplanEntry(exten, Optional.ofNullable(callerId), priority, Optional.ofNullable(label),
                hint ? "" : app, hint ? app : data, file, v.line()), where);
    }

    /** pbx.c's checks in {@code ast_add_extension2}: a name, a free priority, a label used once. */
    private void register(DialplanEntry entry, String where) {
        String display = entry.pattern().replace(" ", "");
        if (display.isEmpty()) {
            problems.add(Problem.error("You have to be kidding-- add exten '' to context " + name
                    + "? Figure out a name and call me back. Action ignored."));
            warn("Unable to register extension" + where + context());
            return;
        }
        String id = identity(entry.pattern(), entry.callerIdMatch().orElse(null));
        Map<Integer, DialplanEntry> taken = priorities.computeIfAbsent(id, k -> new HashMap<>());
        Map<String, Integer> used = labels.computeIfAbsent(id, k -> new HashMap<>());
        DialplanEntry added = entry;
        if (entry.label().isPresent()) {
            Integer at = used.get(entry.label().get());
            if (at != null && at != entry.priority()) {
                warn("Extension '" + display + "' priority " + entry.priority() + " in '" + name + "', label '"
                        + entry.label().get() + "' already in use at priority " + at);
                added = new DialplanEntry(entry.pattern(), entry.callerIdMatch(), entry.priority(), Optional.empty(),
                        entry.application(), entry.data(), entry.file(), entry.line());
            }
        }
        if (taken.containsKey(added.priority())) {
            warn("Unable to register extension '" + display + "' priority " + added.priority() + " in '" + name
                    + "', already in use");
            warn("Unable to register extension" + where + context());
            return;
        }
        taken.put(added.priority(), added);
        added.label().ifPresent(l -> used.put(l, entry.priority()));
        entries.add(added);
    }

    DialplanContext build() {
        return new DialplanContext(name, entries, includes, ExtensionsSource.REGISTRAR);
    }

    private void warn(String message) {
        problems.add(Problem.warning(message));
    }

    private String context() {
        return " (context '" + name + "')";
    }

    /** One extension, whatever its blanks and dashes: "555-1234" and "5551234" are one. */
    private static String identity(String exten, String callerId) {
        return exten.replace(" ", "").replace("-", "") + "/" + (callerId == null ? "" : callerId);
    }

    /**
     * pbx_config.c's {@code pbx_strsep(",")}: the extension ends at the first comma outside {@code [...]}, and a
     * backslash protects the next character.
     */
    static String[] splitFirstField(String value) {
        int square = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '[') {
                square++;
            } else if (c == ']') {
                if (square > 0) {
                    square--;
                }
            } else if (c == '\\') {
                i++;
            } else if (c == ',' && square == 0) {
                return new String[] { value.substring(0, i), value.substring(i + 1) };
            }
        }
        return new String[] { value, null };
    }

    /** callerid.c's {@code ast_shrink_phone_number}: no blanks or parentheses, dashes only inside sets. */
    static String shrinkPhoneNumber(String number) {
        StringBuilder out = new StringBuilder(number.length());
        int bracketed = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            switch (c) {
                case '[' -> {
                    bracketed++;
                    out.append(c);
                }
                case ']' -> {
                    bracketed--;
                    out.append(c);
                }
                case '-' -> {
                    if (bracketed > 0) {
                        out.append(c);
                    }
                }
                case '.' -> {
                    if (i == number.length() - 1) {
                        out.append(c);
                    }
                }
                case '(', ')', ' ' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code sscanf("%d")}: the leading integer, null when there is none. */
    private static Integer leadingInt(String s) {
        String t = s.strip();
        int end = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        int digits = end;
        while (end < t.length() && Character.isDigit(t.charAt(end)) && end - digits < 9) {
            end++;
        }
        return end == digits ? null : Integer.valueOf(t.substring(0, end));
    }

    private static int leadingIntOrZero(String s) {
        Integer n = leadingInt(s);
        return n == null ? 0 : n;
    }
}
