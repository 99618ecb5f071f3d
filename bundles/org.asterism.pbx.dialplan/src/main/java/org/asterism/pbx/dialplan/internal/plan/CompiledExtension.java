package org.asterism.pbx.dialplan.internal.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;

import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.dialplan.internal.match.ExtensionPattern;
import org.asterism.pbx.dialplan.internal.match.MatchMode;

/**
 * One extension of a context (one name, optionally limited to a caller ID) with its priorities, labels and hint, as
 * pbx.c's {@code ast_exten} with its peers. Immutable.
 */
public final class CompiledExtension {

    private final String name;
    private final ExtensionPattern pattern;
    private final String callerIdMatch;
    private final ExtensionPattern callerIdPattern;
    private final NavigableMap<Integer, CompiledPriority> priorities;
    private final Map<String, CompiledPriority> labels;

    CompiledExtension(String name, ExtensionPattern pattern, String callerIdMatch,
            NavigableMap<Integer, CompiledPriority> priorities, Map<String, CompiledPriority> labels) {
        this.name = name;
        this.pattern = pattern;
        this.callerIdMatch = callerIdMatch;
        this.callerIdPattern = callerIdMatch == null ? null : ExtensionPattern.compile(callerIdMatch);
        this.priorities = Collections.unmodifiableNavigableMap(priorities);
        this.labels = Map.copyOf(labels);
    }

    /** The name as written, blanks removed: what {@code dialplan show} prints. */
    public String name() {
        return name;
    }

    public ExtensionPattern pattern() {
        return pattern;
    }

    /** The caller ID it is limited to, null when it serves every caller. */
    public String callerIdMatch() {
        return callerIdMatch;
    }

    /** Every priority in order, the hint (priority -1) first. */
    public Collection<CompiledPriority> priorities() {
        return priorities.values();
    }

    public CompiledPriority priority(int priority) {
        return priorities.get(priority);
    }

    public CompiledPriority label(String label) {
        return labels.get(label);
    }

    public CompiledPriority hint() {
        return priorities.get(DialplanEntry.HINT);
    }

    /** pbx.c's {@code matchcid}: an extension limited to a caller ID never serves a call without one. */
    public boolean servesCaller(String callerNumber) {
        if (callerIdPattern == null) {
            return true;
        }
        if (callerNumber == null || callerNumber.isEmpty()) {
            return callerIdMatch.isEmpty();
        }
        return callerIdPattern.match(callerNumber, MatchMode.MATCH) != 0;
    }
}
