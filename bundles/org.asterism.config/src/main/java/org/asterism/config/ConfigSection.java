package org.asterism.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [name]} section with its templates already applied. Several sections may share a name
 * (in {@code pjsip.conf}, {@code [6001]} with {@code type=endpoint} and {@code [6001]} with
 * {@code type=aor} are two objects).
 * <p>
 * Entry names are matched case-insensitively by {@link #last(String)} and {@link #all(String)}, as
 * Asterisk's {@code ast_variable_retrieve()} and its option parsers do.
 */
public final class ConfigSection {

    private final String name;
    private final String file;
    private final int line;
    private final List<String> templates;
    private final List<ConfigEntry> entries;

    /**
     * @param name      the name between the brackets, as written
     * @param file      the file of the header, relative to the main file's folder
     * @param line      the line of the header
     * @param templates the templates listed in the header, in order
     * @param entries   inherited entries first, then the section's own, in order
     */
    public ConfigSection(String name, String file, int line, List<String> templates, List<ConfigEntry> entries) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.templates = List.copyOf(templates);
        this.entries = List.copyOf(entries);
    }

    /** The name between the brackets, as written. */
    public String name() {
        return name;
    }

    /** The file of the header as shown to operators, relative to the main file's folder. */
    public String file() {
        return file;
    }

    /** The line of the header. */
    public int line() {
        return line;
    }

    /** The names listed in {@code [name](a,b)}, in order, without {@code !} and {@code +}. */
    public List<String> templates() {
        return templates;
    }

    /** Inherited entries first (templates in listed order, recursively), then the section's own, in order. */
    public List<ConfigEntry> entries() {
        return entries;
    }

    /** The last entry with that name (case-insensitive), which is the one that wins for single-valued options. */
    public Optional<ConfigEntry> last(String entryName) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            ConfigEntry entry = entries.get(i);
            if (entry.name().equalsIgnoreCase(entryName)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Every entry with that name (case-insensitive), in order; for multi-valued options such as {@code allow}. */
    public List<ConfigEntry> all(String entryName) {
        List<ConfigEntry> found = new ArrayList<>();
        for (ConfigEntry entry : entries) {
            if (entry.name().equalsIgnoreCase(entryName)) {
                found.add(entry);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return "[" + name + "] (" + file + ":" + line + ", " + entries.size() + " entries)";
    }
}
