package org.asterism.pbx.api.dialplan;

import java.util.Objects;
import java.util.Optional;

/**
 * One priority of one extension, as written: {@code exten => _2XX,1(start),Dial(PJSIP/${EXTEN})} in
 * extensions.conf is pattern "_2XX", priority 1, label "start", application "Dial", data "PJSIP/${EXTEN}".
 *
 * @param pattern the extension or pattern as written ("100", "_NXX", "s")
 * @param callerIdMatch the caller ID the extension is limited to ({@code exten => 100/_2XX,1,...}), if any
 * @param priority 1 or more, or {@link #HINT}
 * @param label the priority's label, if any
 * @param application the application name as written ("Dial"); for a hint the devices are in {@code data}
 * @param data the application's arguments as written, variables not yet substituted
 * @param file where it was written, for {@code dialplan show} and errors ("extensions.conf")
 * @param line 1-based line in that file, 0 when it does not come from a file
 */
public record DialplanEntry(String pattern, Optional<String> callerIdMatch, int priority, Optional<String> label,
        String application, String data, String file, int line) {

    /** The priority of a {@code hint} line. */
    public static final int HINT = -1;

    public DialplanEntry {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(data, "data");
    }
}
