package org.asterism.sip.auth.digest.internal;

import java.util.Collection;
import java.util.Comparator;

/**
 * How a request's credentials fared against one auth, and so what security event it is worth; declared in order
 * of precedence, so a request checked against several auths takes the first outcome any of them gave.
 *
 * <p>This is the hook for security events: {@link #securityEvent()} is the name of Asterisk's event type
 * (security_events.h), for a later module to publish. Asterisk's own res_pjsip reports a bad response as
 * ChallengeResponseFailed, and InvalidAccountID from the distributor when identification fails.
 */
enum AuthOutcome {

    /** The response is right and the nonce is ours and fresh. */
    ACCEPTED("SuccessfulAuth"),
    /** The response is right but the nonce expired or is not ours: challenge again with {@code stale=true}. */
    STALE_NONCE("ChallengeSent"),
    /** The username is the auth's but the response is wrong: a wrong password. */
    WRONG_PASSWORD("InvalidPassword"),
    /** Credentials that cannot be checked: an algorithm not offered, a qop other than "auth", missing fields. */
    UNUSABLE_CREDENTIALS("ChallengeResponseFailed"),
    /** The request came from no known endpoint, or named a username that is not the auth's. */
    UNKNOWN_ACCOUNT("InvalidAccountID"),
    /** No Digest credentials for the auth's realm: a first challenge. */
    NO_CREDENTIALS("ChallengeSent");

    private final String securityEvent;

    AuthOutcome(String securityEvent) {
        this.securityEvent = securityEvent;
    }

    String securityEvent() {
        return securityEvent;
    }

    /** The outcome of a request checked against several auths: the first in precedence order. */
    static AuthOutcome of(Collection<AuthOutcome> outcomes) {
        return outcomes.stream().min(Comparator.naturalOrder()).orElse(NO_CREDENTIALS);
    }
}
