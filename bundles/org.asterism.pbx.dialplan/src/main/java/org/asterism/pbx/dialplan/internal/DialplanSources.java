package org.asterism.pbx.dialplan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.asterism.pbx.api.dialplan.DialplanSource;
import org.asterism.pbx.dialplan.internal.plan.CompiledDialplan;
import org.asterism.pbx.dialplan.internal.plan.DialplanCompiler;
import org.asterism.pbx.dialplan.internal.plan.SourceContexts;

/**
 * The registered {@link DialplanSource}s, in registration order, and the dialplan compiled from them. Whenever a source
 * comes, goes or changes its {@code dialplan.generation}, their globals are set and everything is compiled again and
 * swapped in with one volatile write; readers keep whatever snapshot they took.
 *
 * <p>A source may ask for {@code clearglobalvars} with the service property {@value #CLEAR_GLOBALS} (pbx_config
 * does): globals set at run time are then dropped before its own are set again, as on an Asterisk reload.
 */
final class DialplanSources {

    /** Service property of a source: true to clear every global before its globals are set again. */
    static final String CLEAR_GLOBALS = "dialplan.clearglobalvars";

    private record Registered(DialplanSource source, Map<String, Object> properties) {
    }

    private final DialplanEngine engine;
    private final ConcurrentSkipListMap<Long, Registered> sources = new ConcurrentSkipListMap<>();
    private final Object rebuildLock = new Object();
    private volatile CompiledDialplan dialplan = CompiledDialplan.EMPTY;

    DialplanSources(DialplanEngine engine) {
        this.engine = engine;
    }

    CompiledDialplan dialplan() {
        return dialplan;
    }

    void add(DialplanSource source, Map<String, Object> properties) {
        sources.put(id(source, properties), new Registered(source, Map.copyOf(properties)));
        rebuild(Boolean.parseBoolean(String.valueOf(properties.get(CLEAR_GLOBALS))));
    }

    void update(DialplanSource source, Map<String, Object> properties) {
        add(source, properties);
    }

    void remove(DialplanSource source, Map<String, Object> properties) {
        if (sources.remove(id(source, properties)) != null) {
            rebuild(false);
        }
    }

    /** Sets every source's globals (after clearing them when asked), then compiles and swaps in the dialplan. */
    void rebuild(boolean clearGlobals) {
        synchronized (rebuildLock) {
            GlobalVariables globals = engine.globals();
            if (clearGlobals) {
                globals.clear();
            }
            List<SourceContexts> read = new ArrayList<>();
            for (Registered registered : sources.values()) {
                DialplanSource source = registered.source();
                try {
                    for (Map.Entry<String, String> global : source.globals().entrySet()) {
                        String value = engine.expandGlobals(global.getValue());
                        engine.log().verbose(2, "Setting global variable '" + global.getKey() + "' to '" + value + "'");
                        globals.set(global.getKey(), value);
                    }
                    read.add(new SourceContexts(source.registrar(), source.contexts()));
                } catch (RuntimeException e) {
                    engine.log().error("Dialplan source " + source + " failed; its contexts are left out: " + e);
                }
            }
            DialplanCompiler compiler = new DialplanCompiler(engine.log(), engine::expandGlobals, engine.clock());
            dialplan = compiler.compile(read);
        }
    }

    /** Registration order: the service id (without one, the source's identity, in no particular order). */
    private static Long id(DialplanSource source, Map<String, Object> properties) {
        Object id = properties.get("service.id");
        return id instanceof Number n ? n.longValue() : Long.valueOf(System.identityHashCode(source));
    }
}
