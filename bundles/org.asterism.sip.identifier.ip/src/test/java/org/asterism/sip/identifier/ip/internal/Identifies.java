package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.asterism.sip.api.config.InvalidOptionException;

/** Identify records built through the real object type, from pjsip.conf-style lines. */
final class Identifies {

    private Identifies() {
    }

    static Identify identify(String id, String... lines) {
        try {
            return new IdentifyObjectType().create(FakeOptions.section(id, lines));
        } catch (InvalidOptionException e) {
            throw new AssertionError(e.option() + "=" + e.value() + ": " + e.getMessage(), e);
        }
    }

    /** Host names resolved as the map says (by name), none otherwise. */
    static MatchIndex.ResolvedAddresses resolved(Map<String, List<InetAddress>> names) {
        return (host, srv) -> names.getOrDefault(host.name(), List.of());
    }

    static MatchIndex index(Identify... identifies) {
        return MatchIndex.build(List.of(identifies), resolved(Map.of()));
    }
}
