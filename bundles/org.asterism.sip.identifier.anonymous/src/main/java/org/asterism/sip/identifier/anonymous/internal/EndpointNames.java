package org.asterism.sip.identifier.anonymous.internal;

import java.util.ArrayList;
import java.util.List;

/** The ids of the anonymous endpoint for a request, in the order Asterisk tries them. */
final class EndpointNames {

    static final String ANONYMOUS = "anonymous";

    private EndpointNames() {
    }

    /**
     * {@code anonymous@domain} for each domain, in order, then {@code anonymous}.
     *
     * @param domains the From host, then the domain it is an alias of; none when multi-domain lookups are
     *        disabled ({@code disable_multi_domain})
     */
    static List<String> candidates(List<String> domains) {
        List<String> ids = new ArrayList<>(domains.size() + 1);
        for (String domain : domains) {
            String id = ANONYMOUS + "@" + domain;
            if (!domain.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.add(ANONYMOUS);
        return ids;
    }
}
