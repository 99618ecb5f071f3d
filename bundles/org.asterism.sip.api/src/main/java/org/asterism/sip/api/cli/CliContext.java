package org.asterism.sip.api.cli;

import java.util.Map;
import java.util.TreeMap;

/**
 * The output of one CLI command as formatters build it, and how they are to print: Asterisk's
 * {@code ast_sip_cli_context}. Formatters print their titles right-aligned to {@link #indent()} and descend a
 * level for child objects with {@link #nested(Runnable)}. Not thread-safe: one per command run.
 */
public final class CliContext {

    /** {@code CLI_MAX_WIDTH}: the width of headers and rules. */
    public static final int MAX_WIDTH = 90;
    /** {@code CLI_LAST_TABSTOP}: where the flexible first column of a body line ends. */
    public static final int LAST_TABSTOP = 62;
    /** {@code CLI_MAX_TITLE_NAME}: the width titles are right-aligned to at level 0, less one. */
    public static final int MAX_TITLE_NAME = 8;

    private final StringBuilder output = new StringBuilder();
    private final boolean recurse;
    private final boolean showDetails;
    private final boolean showDetailsOnlyLevel0;
    private int indentLevel;

    /**
     * @param recurse whether formatters descend into child objects ({@code pjsip show}, not {@code pjsip list})
     * @param showDetails whether every object prints its options
     * @param showDetailsOnlyLevel0 whether the object at level 0 prints its options ({@code pjsip show <type> <id>})
     */
    public CliContext(boolean recurse, boolean showDetails, boolean showDetailsOnlyLevel0) {
        this.recurse = recurse;
        this.showDetails = showDetails;
        this.showDetailsOnlyLevel0 = showDetailsOnlyLevel0;
    }

    public boolean recurse() {
        return recurse;
    }

    /** 0 for the objects listed, 1 for their children, and so on. */
    public int indentLevel() {
        return indentLevel;
    }

    /** Asterisk's {@code CLI_INDENT_TO_SPACES(indent_level)}: the width titles are right-aligned to. */
    public int indent() {
        return indentLevel * 2 + 1 + MAX_TITLE_NAME;
    }

    /** Runs {@code lines} one indent level deeper. */
    public void nested(Runnable lines) {
        indentLevel++;
        try {
            lines.run();
        } finally {
            indentLevel--;
        }
    }

    /** Whether an object printed now prints its options: always, or at level 0 of {@code pjsip show <type> <id>}. */
    public boolean showsDetails() {
        return showDetails || showDetailsOnlyLevel0 && indentLevel == 0;
    }

    /** Appends text as it is. */
    public CliContext append(String text) {
        output.append(text);
        return this;
    }

    /** Appends a line: {@code title} right-aligned to {@link #indent()} ({@code "%*s"}), then {@code rest}. */
    public CliContext line(String title, String rest) {
        output.append(" ".repeat(Math.max(0, indent() - title.length()))).append(title).append(rest).append('\n');
        return this;
    }

    /**
     * When {@link #showsDetails()}, a blank line and the options as {@code ast_sip_cli_print_sorcery_objectset}
     * lays them out: sorted by name, names padded to the longest (at least 13), a rule of '=' as wide as the
     * longest name and value (at least 14) and the " : " between them.
     */
    public void printDetails(Map<String, String> options) {
        if (!showsDetails()) {
            return;
        }
        Map<String, String> sorted = new TreeMap<>(options);
        int nameWidth = 13;
        int valueWidth = 14;
        for (Map.Entry<String, String> option : sorted.entrySet()) {
            nameWidth = Math.max(nameWidth, option.getKey().length());
            valueWidth = Math.max(valueWidth, option.getValue().length());
        }
        String row = " %-" + nameWidth + "s : %s\n";
        output.append('\n');
        output.append(String.format(row, "ParameterName", "ParameterValue"));
        output.append(' ').append("=".repeat(nameWidth + valueWidth + 3)).append('\n');
        sorted.forEach((name, value) -> output.append(String.format(row, name, value)));
    }

    /** What has been printed so far. */
    public String output() {
        return output.toString();
    }

    /** Asterisk's {@code %-*.*s}: the text cut or padded with spaces to exactly {@code width}; as it is if width is not positive. */
    public static String column(String text, int width) {
        if (width <= 0) {
            return text;
        }
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    /** {@code CLI_HEADER_FILLER} cut to {@code count}: the dots that pad a heading to its column's width. */
    public static String dots(int count) {
        return ".".repeat(Math.max(0, count));
    }
}
