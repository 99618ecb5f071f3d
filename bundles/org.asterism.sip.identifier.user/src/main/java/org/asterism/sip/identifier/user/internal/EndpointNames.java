package org.asterism.sip.identifier.user.internal;

import java.util.ArrayList;
import java.util.List;

/** The endpoint ids a claimed name may stand for, in the order Asterisk tries them. */
final class EndpointNames {

    private EndpointNames() {
    }

    /**
     * {@code name@domain} for each domain, in order, then the bare {@code name}.
     *
     * @param domains the claimed domain, then the domain it is an alias of; none when multi-domain lookups
     *        are disabled ({@code disable_multi_domain})
     */
    static List<String> candidates(String name, List<String> domains) {
        List<String> ids = new ArrayList<>(domains.size() + 1);
        for (String domain : domains) {
            String id = name + "@" + domain;
            if (!domain.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.add(name);
        return ids;
    }
}
