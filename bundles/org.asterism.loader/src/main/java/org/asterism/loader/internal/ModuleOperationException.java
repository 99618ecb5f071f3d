package org.asterism.loader.internal;

import org.osgi.framework.BundleException;

/** A module could not be started, stopped or reloaded; the message is one line for the operator. */
public final class ModuleOperationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModuleOperationException(String message) {
        super(message);
    }

    public ModuleOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a framework failure, keeping only a one-line description of it. */
    public static ModuleOperationException of(Throwable failure) {
        return new ModuleOperationException(oneLine(failure), failure);
    }

    /**
     * A single line describing {@code failure}: its message (or its type when it has none), then its cause's
     * when a {@link BundleException} wraps one (an activator that threw), whitespace and line breaks collapsed.
     */
    public static String oneLine(Throwable failure) {
        StringBuilder line = new StringBuilder(messageOf(failure));
        Throwable cause = failure.getCause();
        if (failure instanceof BundleException && cause != null && cause != failure) {
            line.append(": ").append(messageOf(cause));
        }
        return line.toString().replaceAll("\\s+", " ").trim();
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
