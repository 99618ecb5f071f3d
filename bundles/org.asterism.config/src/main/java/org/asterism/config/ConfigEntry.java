package org.asterism.config;

import java.util.Objects;

/**
 * One {@code name = value} line of a section.
 *
 * @param name  the name as written, whitespace trimmed
 * @param value the value, whitespace trimmed; for {@code +=} lines the concatenated value
 * @param file  the file the value was written in, relative to the main file's folder
 *              (for an entry inherited from a template: the template's file)
 * @param line  the line the entry was written on (for an inherited entry: the template's line)
 */
public record ConfigEntry(String name, String value, String file, int line) {

    public ConfigEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }
}
