package org.asterism.sip.core.internal.sorcery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.config.ConfigDocument;
import org.asterism.config.ConfigParser;
import org.asterism.config.ConfigSection;
import org.asterism.config.ConfigSyntaxException;
import org.asterism.loader.Reloadable;
import org.asterism.sip.api.config.ConfigListener;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.config.ObjectType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration objects read from {@code pjsip.conf} (Asterisk's res_sorcery_config).
 *
 * <p>Object types come and go with the bundles that register them: a section whose type no loaded module
 * provides is reported and kept, and becomes an object as soon as such a module is loaded. Every change
 * builds a complete new {@link ObjectSnapshot} and swaps it in, so readers never see half a reload.
 */
@Component(service = { ConfigStore.class, Reloadable.class, SorceryStore.class })
public class SorceryStore implements ConfigStore, Reloadable {

    static final String FILE = "pjsip.conf";

    private static final Logger LOG = LoggerFactory.getLogger(SorceryStore.class);

    private final Path folder;
    private final Map<String, ObjectType<?>> types = new ConcurrentHashMap<>();
    private final List<ConfigListener> listeners = new CopyOnWriteArrayList<>();
    private final Object rebuildLock = new Object();
    private volatile ConfigDocument document;
    private volatile ObjectSnapshot snapshot = ObjectSnapshot.EMPTY;

    public SorceryStore() {
        this(ConfigFolder.resolve());
    }

    SorceryStore(Path folder) {
        this.folder = folder;
    }

    @Activate
    void activate() {
        reload();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addObjectType(ObjectType<?> type) {
        types.put(type.name(), type);
        if (document != null) {
            rebuild().forEach(LOG::error);
        }
    }

    void removeObjectType(ObjectType<?> type) {
        if (types.remove(type.name(), type) && document != null) {
            rebuild().forEach(LOG::error);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ConfigListener listener) {
        listeners.add(listener);
        if (document != null) {
            listener.configChanged(this);
        }
    }

    void removeListener(ConfigListener listener) {
        listeners.remove(listener);
    }

    @Override
    public <T> Optional<T> find(String type, String id, Class<T> objectClass) {
        return snapshot.find(type, id).filter(objectClass::isInstance).map(objectClass::cast);
    }

    @Override
    public <T> List<T> all(String type, Class<T> objectClass) {
        List<T> objects = new ArrayList<>();
        for (Object object : snapshot.all(type)) {
            if (objectClass.isInstance(object)) {
                objects.add(objectClass.cast(object));
            }
        }
        return objects;
    }

    /** Re-reads pjsip.conf; on a syntax error the objects in force stay as they were. Problems are logged too. */
    @Override
    public List<String> reload() {
        List<String> problems = read();
        problems.forEach(LOG::error);
        return problems;
    }

    private List<String> read() {
        Path file = folder.resolve(FILE);
        ConfigDocument parsed;
        try {
            parsed = new ConfigParser().parse(file);
        } catch (NoSuchFileException e) {
            return List.of("Configuration file " + file + " not found; keeping the objects in force");
        } catch (ConfigSyntaxException e) {
            return List.of(e.getMessage() + "; keeping the objects in force");
        } catch (IOException e) {
            return List.of("Could not read " + file + ": " + e + "; keeping the objects in force");
        }
        document = parsed;
        List<String> problems = new ArrayList<>(parsed.warnings());
        problems.addAll(rebuild());
        return problems;
    }

    /** The folder the files are read from, for reports. */
    public Path folder() {
        return folder;
    }

    public boolean fileExists() {
        return Files.exists(folder.resolve(FILE));
    }

    /** Sections of a type no loaded module provides: how many, and the first, to name in one log line per type. */
    private static final class Waiting {
        final ConfigSection first;
        int count;

        Waiting(ConfigSection first) {
            this.first = first;
        }
    }

    private List<String> rebuild() {
        List<String> problems = new ArrayList<>();
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        synchronized (rebuildLock) {
            ObjectSnapshot.Builder builder = new ObjectSnapshot.Builder();
            for (ConfigSection section : document.sections()) {
                build(section, builder, problems, waiting);
            }
            snapshot = builder.build();
        }
        // one line per type, not per section: a file with 10,000 phones must not log 30,000 lines while modules start
        waiting.forEach((type, sections) -> LOG.warn("{} has type '{}', which no loaded module provides; "
                + "it will be loaded when such a module is", sections.count == 1
                        ? "Section '" + sections.first.name() + "' at line " + sections.first.line() + " of " + sections.first.file()
                        : sections.count + " sections (the first '" + sections.first.name() + "' at line " + sections.first.line()
                                + " of " + sections.first.file() + ")", type));
        for (ConfigListener listener : listeners) {
            try {
                listener.configChanged(this);
            } catch (RuntimeException e) {
                LOG.error("Configuration listener {} failed", listener, e);
            }
        }
        return problems;
    }

    private void build(ConfigSection section, ObjectSnapshot.Builder builder, List<String> problems, Map<String, Waiting> waiting) {
        Optional<String> typeName = section.last("type").map(entry -> entry.value().trim());
        if (typeName.isEmpty()) {
            LOG.warn("Section '{}' at line {} of {} has no type and is ignored", section.name(), section.line(), section.file());
            return;
        }
        ObjectType<?> type = types.get(typeName.get());
        if (type == null) {
            waiting.computeIfAbsent(typeName.get(), name -> new Waiting(section)).count++;
            return;
        }
        if (type.singleton() && builder.has(type.name())) {
            problems.add("At most one " + FILE + " type=" + type.name() + " object can be defined; '" + section.name()
                    + "' at line " + section.line() + " of " + section.file() + " is ignored");
            return;
        }
        ObjectBuilder.Result result = ObjectBuilder.build(type, section);
        if (!result.built()) {
            problems.addAll(result.errors());
        } else if (!builder.add(type.name(), section.name(), result.object())) {
            problems.add("Duplicate " + type.name() + " '" + section.name() + "' at line " + section.line() + " of "
                    + section.file() + " ignored; the first definition is in force");
        }
    }
}
