package org.asterism.sip.core.internal.objects;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.core.internal.sorcery.SorceryStore;
import org.asterism.sip.core.internal.transport.TransportObjectType;

/**
 * Loads a pjsip.conf text the way the core does (SorceryStore with every object type of res_pjsip registered)
 * and keeps what an operator would see: the problem lines, and the objects in force.
 *
 * <p>SorceryStore's folder constructor and {@code addObjectType} are package-private (DS calls them); this test
 * fixture, living with the object types, reaches them by reflection.
 */
final class PjsipConf {

    private final ConfigStore store;
    private final List<String> problems;

    private PjsipConf(ConfigStore store, List<String> problems) {
        this.store = store;
        this.problems = problems;
    }

    static PjsipConf load(Path folder, String text) throws Exception {
        Files.writeString(folder.resolve("pjsip.conf"), text);
        Constructor<SorceryStore> constructor = SorceryStore.class.getDeclaredConstructor(Path.class);
        constructor.setAccessible(true);
        SorceryStore store = constructor.newInstance(folder);
        Method addObjectType = SorceryStore.class.getDeclaredMethod("addObjectType", ObjectType.class);
        addObjectType.setAccessible(true);
        for (ObjectType<?> type : allTypes()) {
            addObjectType.invoke(store, type);
        }
        return new PjsipConf(store, store.reload());
    }

    static List<ObjectType<?>> allTypes() {
        return List.of(new TransportObjectType(), new EndpointObjectType(), new AuthObjectType(), new AorObjectType(),
                new DomainAliasObjectType(), new GlobalObjectType("Asterism 0.1.0"), new SystemObjectType(),
                new ContactObjectType());
    }

    List<String> problems() {
        return problems;
    }

    <T> Optional<T> find(String type, String id, Class<T> objectClass) {
        return store.find(type, id, objectClass);
    }

    <T> T get(String type, String id, Class<T> objectClass) {
        return find(type, id, objectClass).orElseThrow(() -> new AssertionError(
                "no " + type + " '" + id + "'; problems: " + problems));
    }

    <T> List<T> all(String type, Class<T> objectClass) {
        return store.all(type, objectClass);
    }
}
