package org.asterism.pbx.config.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asterism.pbx.api.dialplan.DialplanContext;

/**
 * What one read of extensions.conf gave.
 *
 * @param contexts the contexts, in the order first written
 * @param globals {@code [globals]}, in order
 * @param clearGlobals {@code clearglobalvars} of {@code [general]}
 * @param problems what was wrong, each naming its file, line and context
 */
record ParsedDialplan(List<DialplanContext> contexts, Map<String, String> globals, boolean clearGlobals,
        List<Problem> problems) {

    static final ParsedDialplan EMPTY = new ParsedDialplan(List.of(), Map.of(), false, List.of());

    ParsedDialplan {
        contexts = List.copyOf(contexts);
        globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
        problems = List.copyOf(problems);
    }
}
