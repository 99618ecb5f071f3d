package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats {@code module show [like keyword]} exactly as Asterisk's {@code handle_modlist} in {@code main/cli.c}:
 * the {@code MODLIST_FORMAT2} header, one {@code MODLIST_FORMAT} row per listed module, then
 * {@code "%d modules loaded"} counting the rows shown.
 */
public final class ModuleTableFormatter {

    /** Asterisk's {@code MODLIST_FORMAT2}, without the newline. */
    static final String HEADER_FORMAT = "%-30s %-40.40s %-10s %-11s %13s";
    /** Asterisk's {@code MODLIST_FORMAT}, without the newline. */
    static final String ROW_FORMAT = "%-30s %-40.40s %-10d %-11s %13s";

    /**
     * The lines of the table.
     *
     * @param graph the modules; only those whose status is listed (loaded, starting, stopping) appear
     * @param like  case-insensitive substring to find in {@code name.so}; {@code null} or empty lists all
     */
    public List<String> format(ModuleGraph graph, String like) {
        String needle = like == null ? "" : like.toLowerCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, HEADER_FORMAT, "Module", "Description", "Use Count", "Status",
                "Support Level"));
        int shown = 0;
        for (ModuleSnapshot module : graph.modules()) {
            if (module.status().isListed() && module.displayName().toLowerCase(Locale.ROOT).contains(needle)) {
                lines.add(String.format(Locale.ROOT, ROW_FORMAT, module.displayName(),
                        module.descriptor().description(), module.useCount(), module.status().label(),
                        module.descriptor().supportLevel()));
                shown++;
            }
        }
        lines.add(shown + " modules loaded");
        return lines;
    }
}
