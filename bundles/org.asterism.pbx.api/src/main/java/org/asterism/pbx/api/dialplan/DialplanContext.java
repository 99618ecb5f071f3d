package org.asterism.pbx.api.dialplan;

import java.util.List;
import java.util.Objects;

/**
 * One context of one source.
 *
 * @param name "default"
 * @param entries its extensions' priorities and hints, in the order written
 * @param includes the contexts it includes, in order ({@code include => other}), as written (time ranges included)
 * @param registrar who made it, as {@code dialplan show} prints it: "pbx_config"
 */
public record DialplanContext(String name, List<DialplanEntry> entries, List<String> includes, String registrar) {

    public DialplanContext {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        includes = List.copyOf(includes);
    }
}
