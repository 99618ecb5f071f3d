package org.asterism.pbx.dialplan.internal.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.dialplan.internal.PbxLog;
import org.asterism.pbx.dialplan.internal.match.ExtensionNames;
import org.asterism.pbx.dialplan.internal.match.ExtensionOrder;
import org.asterism.pbx.dialplan.internal.match.ExtensionPattern;
import org.asterism.pbx.dialplan.internal.match.TimeSpec;

/**
 * Builds a {@link CompiledDialplan} from what the sources give, as pbx.c's {@code ast_add_extension2} and
 * {@code ast_context_add_include2} would have added it: contexts of the same name merged (earlier source first),
 * extensions sorted by {@code ext_cmp} (two names that compare equal are one extension), a priority given twice
 * refused, a label given twice dropped, includes checked. Extension names, hints and includes may use global
 * variables ({@code ${TRUNK}}), expanded here as Asterisk expands them at load time.
 */
public final class DialplanCompiler {

    private final PbxLog log;
    private final UnaryOperator<String> expand;
    private final Clock clock;

    /**
     * @param expand substitutes {@code ${...}} without a channel (global variables)
     */
    public DialplanCompiler(PbxLog log, UnaryOperator<String> expand, Clock clock) {
        this.log = log;
        this.expand = expand;
        this.clock = clock;
    }

    public CompiledDialplan compile(List<SourceContexts> sources) {
        Map<String, ContextBuilder> contexts = new LinkedHashMap<>();
        for (SourceContexts source : sources) {
            for (DialplanContext context : source.contexts()) {
                ContextBuilder builder = contexts.computeIfAbsent(context.name(),
                        name -> new ContextBuilder(name, context.registrar() != null ? context.registrar() : source.registrar()));
                String registrar = context.registrar() != null ? context.registrar() : source.registrar();
                for (DialplanEntry entry : context.entries()) {
                    builder.add(entry, registrar);
                }
                for (String include : context.includes()) {
                    builder.include(include, registrar);
                }
            }
        }
        Map<String, CompiledContext> compiled = new HashMap<>();
        List<CompiledContext> walkOrder = new ArrayList<>();
        for (ContextBuilder builder : contexts.values()) {
            CompiledContext context = builder.build();
            compiled.put(context.name(), context);
            walkOrder.add(context);
        }
        for (CompiledContext context : walkOrder) {
            for (Include include : context.includes()) {
                if (!compiled.containsKey(include.context())) {
                    log.warning("Context '" + context.name() + "' tries to include nonexistent context '" + include.context() + "'");
                    break;
                }
            }
        }
        Collections.reverse(walkOrder); // Asterisk links each new context in front of the others
        return new CompiledDialplan(compiled, walkOrder, clock, log);
    }

    /** An extension's identity in its context: its name as matched, and the caller ID it is limited to. */
    private record Key(String exten, String callerId) {
    }

    /** pbx.c's insertion order: {@code ext_cmp} on the names, then caller-ID-limited before unlimited. */
    private static final Comparator<Key> ORDER = (a, b) -> {
        int cmp = ExtensionOrder.INSTANCE.compare(a.exten(), b.exten());
        if (cmp != 0) {
            return cmp;
        }
        if (a.callerId() == null) {
            return b.callerId() == null ? 0 : 1;
        }
        return b.callerId() == null ? -1 : ExtensionOrder.INSTANCE.compare(a.callerId(), b.callerId());
    };

    private final class ContextBuilder {
        private final String name;
        private final String registrar;
        private final TreeMap<Key, ExtensionBuilder> extensions = new TreeMap<>(ORDER);
        private final List<Include> includes = new ArrayList<>();

        ContextBuilder(String name, String registrar) {
            this.name = name;
            this.registrar = registrar;
        }

        void add(DialplanEntry entry, String entryRegistrar) {
            String written = entry.pattern().contains("${") ? expand.apply(entry.pattern()) : entry.pattern();
            String display = ExtensionNames.display(written);
            if (display.isEmpty()) {
                log.error("You have to be kidding-- add exten '' to context " + name
                        + "? Figure out a name and call me back. Action ignored.");
                return;
            }
            String callerId = entry.callerIdMatch().map(ExtensionNames::key).orElse(null);
            Key key = new Key(ExtensionNames.key(display), callerId);
            ExtensionBuilder extension = extensions.get(key);
            if (extension == null) {
                ExtensionPattern pattern = ExtensionPattern.compile(key.exten());
                if (pattern.isBroken()) {
                    log.warning("Wrong usage of [] in the extension");
                }
                extension = new ExtensionBuilder(display, pattern, callerId);
                extensions.put(key, extension);
            }
            String data = entry.data();
            if (entry.priority() == DialplanEntry.HINT && data.contains("${") && !ExtensionNames.isPattern(written)) {
                data = expand.apply(data);
            }
            extension.add(new CompiledPriority(display, entry.priority(), entry.label().filter(l -> !l.isEmpty()).orElse(null),
                    entry.application(), data, entry.file(), entry.line(), entryRegistrar), name);
        }

        void include(String value, String includeRegistrar) {
            String written = value.contains("${") ? expand.apply(value) : value;
            for (Include existing : includes) {
                if (existing.written().equalsIgnoreCase(written)) {
                    log.warning("Context '" + written + "' already included in '" + name + "' context");
                    return;
                }
            }
            int cut = written.indexOf('|');
            if (cut < 0) {
                cut = written.indexOf(',');
            }
            String target = cut < 0 ? written : written.substring(0, cut);
            includes.add(new Include(written, target,
                    cut < 0 ? Optional.empty() : TimeSpec.parse(written.substring(cut + 1), log::warning),
                    includeRegistrar));
        }

        CompiledContext build() {
            List<CompiledExtension> ordered = new ArrayList<>();
            Map<String, List<CompiledExtension>> literals = new HashMap<>();
            List<CompiledExtension> patterns = new ArrayList<>();
            for (ExtensionBuilder builder : extensions.values()) {
                CompiledExtension extension = builder.build();
                ordered.add(extension);
                if (extension.pattern().isPattern()) {
                    patterns.add(extension);
                } else {
                    literals.computeIfAbsent(ExtensionNames.dialled(extension.pattern().key()), k -> new ArrayList<>())
                            .add(extension);
                }
            }
            literals.replaceAll((k, v) -> List.copyOf(v));
            return new CompiledContext(name, registrar, List.copyOf(ordered), Map.copyOf(literals), List.copyOf(patterns),
                    List.copyOf(includes));
        }
    }

    private final class ExtensionBuilder {
        private final String name;
        private final ExtensionPattern pattern;
        private final String callerId;
        private final TreeMap<Integer, CompiledPriority> priorities = new TreeMap<>();
        private final Map<String, CompiledPriority> labels = new HashMap<>();

        ExtensionBuilder(String name, ExtensionPattern pattern, String callerId) {
            this.name = name;
            this.pattern = pattern;
            this.callerId = callerId;
        }

        /** pbx.c's {@code add_priority}, without replacing. */
        void add(CompiledPriority priority, String context) {
            CompiledPriority entry = priority;
            if (entry.label() != null) {
                CompiledPriority holder = labels.get(entry.label());
                if (holder != null && holder.priority() != entry.priority()) {
                    log.warning("Extension '" + name + "' priority " + entry.priority() + " in '" + context + "', label '"
                            + entry.label() + "' already in use at priority " + holder.priority());
                    entry = new CompiledPriority(entry.extension(), entry.priority(), null, entry.application(),
                            entry.data(), entry.file(), entry.line(), entry.registrar());
                }
            }
            if (priorities.containsKey(entry.priority())) {
                log.warning("Unable to register extension '" + name + "' priority " + entry.priority() + " in '" + context
                        + "', already in use");
                return;
            }
            priorities.put(entry.priority(), entry);
            if (entry.label() != null) {
                labels.put(entry.label(), entry);
            }
        }

        CompiledExtension build() {
            return new CompiledExtension(name, pattern, callerId, new TreeMap<>(priorities), labels);
        }
    }
}
