package org.asterism.sip.api.endpoint;

import java.util.Map;

/**
 * A {@code type=domain_alias} section: the section name is a domain that means the same as {@code domain}
 * when AoRs and endpoints are looked up by domain.
 *
 * @param id the section name, which is the alias
 * @param domain {@code domain}, the domain aliased; never empty
 * @param options every documented domain_alias option as read
 */
public record DomainAlias(String id, String domain, Map<String, String> options) {

    public static final String TYPE = "domain_alias";

    public DomainAlias {
        options = Map.copyOf(options);
    }
}
