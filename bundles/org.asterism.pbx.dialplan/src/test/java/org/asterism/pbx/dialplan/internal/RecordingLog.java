package org.asterism.pbx.dialplan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the PBX printed, each line as "LEVEL: text" ("VERBOSE: " with Asterisk's prefix). */
public final class RecordingLog implements PbxLog {

    public final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void verbose(int level, String message) {
        lines.add("VERBOSE: " + PbxLog.prefix(level) + message);
    }

    @Override
    public void notice(String message) {
        lines.add("NOTICE: " + message);
    }

    @Override
    public void warning(String message) {
        lines.add("WARNING: " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR: " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG: " + message);
    }

    /** The lines starting with a prefix ("WARNING: "), in order. */
    public List<String> starting(String prefix) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                found.add(line);
            }
        }
        return found;
    }

    /** The verbose "Executing" lines, without their prefix. */
    public List<String> executed() {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("VERBOSE:     -- Executing [")) {
                found.add(line.substring("VERBOSE:     -- ".length()));
            }
        }
        return found;
    }
}
