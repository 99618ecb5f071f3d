package org.asterism.cli;

/** The arguments do not fit the command; the CLI answers with the command's usage. */
public class CliUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliUsageException(String message) {
        super(message);
    }
}
