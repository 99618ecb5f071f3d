package org.asterism.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.asterism.config.internal.ConfigReader;

/**
 * Parses Asterisk-format configuration files the way Asterisk's {@code main/config.c} does, so that an
 * operator's existing files load unchanged. Stateless and thread-safe: each call parses afresh.
 * <p>
 * As in Asterisk, a relative {@code #include} path is resolved against the configuration folder (the
 * main file's folder), not against the folder of the file that contains the directive.
 */
public final class ConfigParser {

    public ConfigParser() {
    }

    /** Reads a file and everything it #includes. */
    public ConfigDocument parse(Path file) throws IOException, ConfigSyntaxException {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent() != null ? absolute.getParent() : absolute.getRoot();
        return new ConfigReader(folder).readFile(absolute);
    }

    /** Parses text as if it were the file {@code fileName}; #include paths resolve against baseDir. */
    public ConfigDocument parse(String fileName, String text, Path baseDir) throws IOException, ConfigSyntaxException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseDir, "baseDir");
        return new ConfigReader(baseDir).readText(fileName, text);
    }
}
