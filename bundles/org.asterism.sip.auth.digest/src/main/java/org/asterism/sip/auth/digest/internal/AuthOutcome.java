package org.asterism.sip.auth.digest.internal;

import java.util.Collection;
import java.util.Comparator;

import org.asterism.sip.api.security.SecurityEventType;

/**
 * How a request's credentials fared against one auth, and so what security event it is worth; declared in order
 * of precedence, so a request checked against several auths takes the first outcome any of them gave.
 *
 * <p>Each is worth one security event, as Asterisk's distributor reports them: a challenge sent, a success, or a
 * failed challenge response; a wrong password for a real account is told apart as InvalidPassword. A request
 * from no known endpoint is also reported as InvalidAccountID, by the core, which identified nothing.
 */
enum AuthOutcome {

    /** The response is right and the nonce is ours and fresh. */
    ACCEPTED(SecurityEventType.SUCCESSFUL_AUTH),
    /** The response is right but the nonce expired or is not ours: challenge again with {@code stale=true}. */
    STALE_NONCE(SecurityEventType.CHALLENGE_SENT),
    /** The username is the auth's but the response is wrong: a wrong password. */
    WRONG_PASSWORD(SecurityEventType.INVALID_PASSWORD),
    /** Credentials that cannot be checked: an algorithm not offered, a qop other than "auth", missing fields. */
    UNUSABLE_CREDENTIALS(SecurityEventType.CHALLENGE_RESPONSE_FAILED),
    /** The request came from no known endpoint, or named a username that is not the auth's. */
    UNKNOWN_ACCOUNT(SecurityEventType.CHALLENGE_RESPONSE_FAILED),
    /** No Digest credentials for the auth's realm: a first challenge. */
    NO_CREDENTIALS(SecurityEventType.CHALLENGE_SENT);

    private final SecurityEventType securityEvent;

    AuthOutcome(SecurityEventType securityEvent) {
        this.securityEvent = securityEvent;
    }

    SecurityEventType securityEvent() {
        return securityEvent;
    }

    /** The outcome of a request checked against several auths: the first in precedence order. */
    static AuthOutcome of(Collection<AuthOutcome> outcomes) {
        return outcomes.stream().min(Comparator.naturalOrder()).orElse(NO_CREDENTIALS);
    }
}
