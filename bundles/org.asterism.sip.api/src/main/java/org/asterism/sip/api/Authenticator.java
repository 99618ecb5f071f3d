package org.asterism.sip.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks that a request really comes from the endpoint it was identified as (digest auth). The core asks
 * it about every request that needs an endpoint; an endpoint with no inbound {@code auth=} is ACCEPTED.
 */
@ConsumerType
public interface Authenticator {

    enum Result {
        /** Credentials are good: go on to dispatch. */
        ACCEPTED,
        /** The authenticator has answered the request (401/407 challenge or 403); stop here. */
        ANSWERED
    }

    /**
     * @param endpoint the identified endpoint, or null when no identifier matched: the authenticator then
     *        answers with a challenge indistinguishable from a real one, so accounts cannot be enumerated
     */
    Result authenticate(SipRequestContext request, String endpoint);
}
