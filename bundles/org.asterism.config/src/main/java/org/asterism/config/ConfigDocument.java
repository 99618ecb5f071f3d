package org.asterism.config;

import java.nio.file.Path;
import java.util.List;

/** The result of parsing a configuration file and everything it includes. Immutable. */
public final class ConfigDocument {

    private final List<ConfigSection> sections;
    private final List<Path> files;
    private final List<String> warnings;

    /**
     * @param sections the concrete sections, in file order
     * @param files    every file read
     * @param warnings what Asterisk would only log as a warning
     */
    public ConfigDocument(List<ConfigSection> sections, List<Path> files, List<String> warnings) {
        this.sections = List.copyOf(sections);
        this.files = List.copyOf(files);
        this.warnings = List.copyOf(warnings);
    }

    /** The concrete (non-template) sections, in file order, templates already applied. */
    public List<ConfigSection> sections() {
        return sections;
    }

    /**
     * Every file read (the main file, then includes in the order they were read), as absolute paths,
     * for reload change detection. When the main text was passed to
     * {@link ConfigParser#parse(String, String, Path)}, only the included files are listed.
     */
    public List<Path> files() {
        return files;
    }

    /**
     * Problems Asterisk logs but loads the file anyway (an unknown {@code #directive}, a directive without
     * argument, an unterminated block comment, a glob match that is not a regular file), each as
     * {@code "<message> at line <line> of <file>"}. Empty for a clean file.
     */
    public List<String> warnings() {
        return warnings;
    }
}
