package org.asterism.config.internal;

import java.util.ArrayList;
import java.util.List;

import org.asterism.config.ConfigEntry;
import org.asterism.config.ConfigSection;

/** A section while its file is being read: entries are still added, and {@code (+,!)} can make it a template. */
final class SectionBuilder {

    final String name;
    final String file;
    final int line;
    boolean template;
    final List<String> templates = new ArrayList<>();
    final List<ConfigEntry> entries = new ArrayList<>();

    SectionBuilder(String name, String file, int line) {
        this.name = name;
        this.file = file;
        this.line = line;
    }

    /**
     * {@code name += value}: appends to the last entry with exactly that name, as config.c does: the
     * text after {@code +=} is concatenated as written (with its leading blanks) and the result trimmed.
     * Without such an entry, this is a plain {@code name = value}.
     */
    void append(String entryName, String rawValue, String entryFile, int entryLine) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            ConfigEntry old = entries.get(i);
            if (old.name().equals(entryName)) {
                String value = (old.value() + rawValue).trim();
                entries.set(i, new ConfigEntry(old.name(), value, old.file(), old.line()));
                return;
            }
        }
        entries.add(new ConfigEntry(entryName, rawValue.trim(), entryFile, entryLine));
    }

    ConfigSection build() {
        return new ConfigSection(name, file, line, templates, entries);
    }
}
