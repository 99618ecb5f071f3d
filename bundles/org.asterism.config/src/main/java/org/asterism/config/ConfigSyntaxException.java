package org.asterism.config;

/**
 * A configuration file that Asterism refuses to load, with the file and line at fault.
 * {@link #getMessage()} reads {@code "<message> at line <line> of <file>"}, modelled on Asterisk's own
 * log messages.
 */
public class ConfigSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file    the file name as shown to operators (relative to the main file's folder)
     * @param line    the 1-based line number
     * @param message what is wrong, without the location
     */
    public ConfigSyntaxException(String file, int line, String message) {
        super(message + " at line " + line + " of " + file);
        this.file = file;
        this.line = line;
    }

    /** The file name as shown to operators, relative to the main file's folder. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
