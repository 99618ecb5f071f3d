package org.asterism.sip.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Works out which endpoint a request comes from (by From user, by source IP, anonymous...).
 *
 * <p>Registered with the service property {@value #NAME_PROPERTY} set to the name used in
 * {@code identify_by} and the global {@code endpoint_identifier_order} ("username", "ip",
 * "anonymous", "header"). The core tries identifiers in that configured order, never in start order.
 */
@ConsumerType
public interface EndpointIdentifier {

    String NAME_PROPERTY = "asterism.identifier";

    /** The id of the matching endpoint, or empty when this identifier has no opinion. */
    Optional<String> identify(SipRequestContext request);
}
