package org.asterism.pbx.dialplan.internal.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.pbx.dialplan.internal.PbxLog;
import org.asterism.pbx.dialplan.internal.match.ExtensionNames;
import org.asterism.pbx.dialplan.internal.match.MatchMode;

/**
 * The whole dialplan at one moment, compiled and immutable: swapped in whole on a reload, read without locks by every
 * call. Lookups follow pbx.c's {@code pbx_find_extension}: in a context, extensions are tried in {@code ext_cmp} order
 * and the first that matches the number and the caller and has the priority wins; then the included contexts, depth
 * first in order, each context searched at most once.
 */
public final class CompiledDialplan {

    /** pbx.c's AST_PBX_MAX_STACK: how many contexts one search may visit. */
    static final int MAX_STACK = 512;

    public static final CompiledDialplan EMPTY = new CompiledDialplan(Map.of(), List.of(), Clock.systemDefaultZone(), null);

    private final Map<String, CompiledContext> contexts;
    private final List<CompiledContext> walkOrder;
    private final Clock clock;
    private final PbxLog log;

    CompiledDialplan(Map<String, CompiledContext> contexts, List<CompiledContext> walkOrder, Clock clock, PbxLog log) {
        this.contexts = Map.copyOf(contexts);
        this.walkOrder = List.copyOf(walkOrder);
        this.clock = clock;
        this.log = log;
    }

    public Optional<CompiledContext> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** Every context in the order Asterisk walks them ({@code dialplan show}): the last created first. */
    public List<CompiledContext> contexts() {
        return walkOrder;
    }

    /** The priority a call to {@code exten} from {@code callerNumber} runs in {@code context}, or null. */
    public CompiledPriority find(String context, String exten, int priority, String callerNumber) {
        return search(new ArrayList<>(), context, exten, priority, null, callerNumber, MatchMode.MATCH);
    }

    /** {@code ast_findlabel_extension}: the priority carrying {@code label}, or null. */
    public CompiledPriority findLabel(String context, String exten, String label, String callerNumber) {
        return search(new ArrayList<>(), context, exten, 0, label, callerNumber, MatchMode.MATCH);
    }

    /** {@code ast_matchmore_extension} at priority 1: more digits could still make an extension. */
    public boolean matchesMore(String context, String exten, String callerNumber) {
        return search(new ArrayList<>(), context, exten, 1, null, callerNumber, MatchMode.MATCHMORE) != null;
    }

    private CompiledPriority search(List<String> visited, String contextName, String exten, int priority, String label,
            String callerNumber, MatchMode mode) {
        if (visited.size() >= MAX_STACK) {
            if (log != null) {
                log.warning("Maximum PBX stack (" + MAX_STACK + ") exceeded. Too many includes?");
            }
            return null;
        }
        for (String seen : visited) {
            if (seen.equalsIgnoreCase(contextName)) {
                return null; // searched already: include loops end here
            }
        }
        CompiledContext context = contexts.get(contextName);
        if (context == null) {
            return null;
        }
        if (mode == MatchMode.MATCH && !ExtensionNames.isPattern(exten)) {
            // literal extensions only ever match their own number, so look that one up instead of scanning them
            List<CompiledExtension> literal = context.literals().get(ExtensionNames.dialled(exten));
            if (literal != null) {
                Found found = scan(literal, exten, priority, label, callerNumber, mode);
                if (found != null) {
                    return found.priority;
                }
            }
            Found found = scan(context.patterns(), exten, priority, label, callerNumber, mode);
            if (found != null) {
                return found.priority;
            }
        } else {
            Found found = scan(context.extensions(), exten, priority, label, callerNumber, mode);
            if (found != null) {
                return found.priority;
            }
        }
        visited.add(contextName);
        for (Include include : context.includes()) {
            if (include.appliesAt(clock.instant())) {
                CompiledPriority inIncluded = search(visited, include.context(), exten, priority, label, callerNumber, mode);
                if (inIncluded != null) {
                    return inIncluded;
                }
            }
        }
        return null;
    }

    /** The outcome of scanning one context's extensions: a priority, or a final "no" (null priority). */
    private record Found(CompiledPriority priority) {
    }

    private static Found scan(List<CompiledExtension> extensions, String exten, int priority, String label,
            String callerNumber, MatchMode mode) {
        for (CompiledExtension extension : extensions) {
            int match = extension.pattern().match(exten, mode);
            if (match == 0 || !extension.servesCaller(callerNumber)) {
                continue;
            }
            if (match == 2 && mode == MatchMode.MATCHMORE) {
                return new Found(null); // "_X!" matched: no more digits will ever be wanted here
            }
            CompiledPriority found = label != null ? extension.label(label) : extension.priority(priority);
            if (found != null) {
                return new Found(found);
            }
        }
        return null;
    }
}
