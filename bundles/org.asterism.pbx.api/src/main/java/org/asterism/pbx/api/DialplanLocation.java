package org.asterism.pbx.api;

import java.util.Objects;

/**
 * Where in the dialplan a channel is: context, extension and priority.
 *
 * @param priority 1 or more
 */
public record DialplanLocation(String context, String exten, int priority) {

    public DialplanLocation {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(exten, "exten");
    }

    /** As {@code core show channels} prints it: {@code 100@default:1}. */
    @Override
    public String toString() {
        return exten + "@" + context + ":" + priority;
    }
}
