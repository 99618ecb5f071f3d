package org.asterism.sip.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.DomainAlias;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;

/** Configuration objects held in memory, in the order added, as a ConfigStore holds a parsed pjsip.conf. */
public final class MapConfigStore implements ConfigStore {

    private final Map<String, Map<String, Object>> objects = new LinkedHashMap<>();

    public MapConfigStore add(String type, String id, Object object) {
        objects.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(id, object);
        return this;
    }

    public MapConfigStore endpoint(String id, String... identifyBy) {
        return add(Endpoint.TYPE, id, endpointRecord(id, List.of(identifyBy)));
    }

    public MapConfigStore domainAlias(String alias, String domain) {
        return add(DomainAlias.TYPE, alias, new DomainAlias(alias, domain, Map.of("domain", domain)));
    }

    public MapConfigStore global(boolean ignoreUriUserOptions, boolean disableMultiDomain) {
        return add(GlobalSettings.TYPE, "global", new GlobalSettings("global", List.of("ip", "username", "anonymous"),
                "asterisk", "Asterism", 90, 70, "default_outbound_endpoint", "asterisk", "", 5, 5, 30, 0, 30,
                disableMultiDomain, ignoreUriUserOptions, Map.of()));
    }

    @Override
    public <T> Optional<T> find(String type, String id, Class<T> objectClass) {
        Object object = objects.getOrDefault(type, Map.of()).get(id);
        return objectClass.isInstance(object) ? Optional.of(objectClass.cast(object)) : Optional.empty();
    }

    @Override
    public <T> List<T> all(String type, Class<T> objectClass) {
        List<T> all = new ArrayList<>();
        for (Object object : objects.getOrDefault(type, Map.of()).values()) {
            if (objectClass.isInstance(object)) {
                all.add(objectClass.cast(object));
            }
        }
        return all;
    }

    @Override
    public List<String> reload() {
        return List.of();
    }

    /** An endpoint with Asterisk's defaults but for its id and identify_by. */
    public static Endpoint endpointRecord(String id, List<String> identifyBy) {
        return new Endpoint(id, "default", List.of(id), List.of(), List.of(), identifyBy, Optional.empty(),
                List.of("ulaw"), Optional.empty(), Optional.empty(), List.of(), false, true, false, true, "rfc4733",
                Optional.empty(), false, false, "yes", 90, 1800, "yes", "", List.of(), "", Map.of());
    }
}
