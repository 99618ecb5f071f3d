package org.asterism.pbx.dialplan.internal.plan;

import org.asterism.pbx.api.dialplan.DialplanEntry;

/**
 * One priority of a compiled extension: what runs and where it was written.
 *
 * @param extension the extension's name as shown ("_2XX")
 * @param priority 1 or more, or {@link DialplanEntry#HINT}
 * @param label its label, null when none
 * @param application the application name as written; for a hint, the devices
 * @param data the arguments as written (not yet substituted)
 * @param file the file it was written in ("extensions.conf"), null when it does not come from a file
 * @param line its line, 0 when unknown
 * @param registrar the source that gave it ("pbx_config")
 */
public record CompiledPriority(String extension, int priority, String label, String application, String data,
        String file, int line, String registrar) {

    public boolean isHint() {
        return priority == DialplanEntry.HINT;
    }
}
