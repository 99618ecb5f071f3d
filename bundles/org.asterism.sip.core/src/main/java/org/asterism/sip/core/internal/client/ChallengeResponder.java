package org.asterism.sip.core.internal.client;

import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.asterism.sip.api.client.OutboundAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether and how a request of the {@link SipClientImpl} answers a 401 or 407, as res_pjsip's check_request_status
 * with pjproject's client rules: it gives up (and the challenge becomes the final response) when it was given no
 * outbound auths, on the {@value #MAX_CHALLENGES}th challenge of one exchange (Asterisk's MAX_RX_CHALLENGES), when no
 * {@link OutboundAuthenticator} is registered, when the server challenges again, without {@code stale=true}, a realm
 * whose credentials the challenged request carried (they were refused: a wrong password must not loop), and when the
 * authenticator cannot answer.
 */
final class ChallengeResponder {

    static final int MAX_CHALLENGES = 10;

    private static final Logger LOG = LoggerFactory.getLogger(ChallengeResponder.class);

    private final HeaderFactory headers;

    ChallengeResponder(HeaderFactory headers) {
        this.headers = headers;
    }

    static boolean isChallenge(Response response) {
        int status = response.getStatusCode();
        return status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED;
    }

    /**
     * The request to send in answer, or empty to give up.
     *
     * @param authenticator the authenticator in force, or null when none is registered
     * @param challengeCount the challenges this exchange has drawn, this one included
     */
    Optional<Request> answer(OutboundAuthenticator authenticator, List<String> outboundAuths, Request challenged,
            Response challenge, int challengeCount) {
        if (!isChallenge(challenge) || outboundAuths.isEmpty()) {
            return Optional.empty();
        }
        String what = challenged.getMethod() + " to " + challenged.getRequestURI();
        if (challengeCount >= MAX_CHALLENGES) {
            LOG.warn("{}: challenged {} times, not answering again", what, challengeCount);
            return Optional.empty();
        }
        if (authenticator == null) {
            LOG.warn("{}: no SIP outbound authenticator registered. Cannot respond to authentication challenge", what);
            return Optional.empty();
        }
        Optional<String> refused = refusedRealm(challenged, challenge);
        if (refused.isPresent()) {
            LOG.warn("{}: authentication credentials for realm '{}' not accepted by server", what, refused.get());
            return Optional.empty();
        }
        try {
            return authenticator.authenticate(List.copyOf(outboundAuths), challenge, challenged, headers);
        } catch (RuntimeException e) {
            LOG.error("{}: the outbound authenticator failed", what, e);
            return Optional.empty();
        }
    }

    /**
     * A realm the response challenges again without {@code stale=true} although the challenged request carried
     * credentials for it, of the kind the response asks for (Authorization for a 401, Proxy-Authorization for a 407);
     * realms compare ignoring case, as pjproject compares them.
     */
    static Optional<String> refusedRealm(Request challenged, Response challenge) {
        boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        Set<String> sent = new HashSet<>();
        ListIterator<?> credentials = challenged.getHeaders(proxy ? ProxyAuthorizationHeader.NAME : AuthorizationHeader.NAME);
        while (credentials != null && credentials.hasNext()) {
            if (credentials.next() instanceof AuthorizationHeader header && header.getRealm() != null) {
                sent.add(header.getRealm().toLowerCase(Locale.ROOT));
            }
        }
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        ListIterator<?> challenges = challenge.getHeaders(proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        while (challenges != null && challenges.hasNext()) {
            if (challenges.next() instanceof WWWAuthenticateHeader header && header.getRealm() != null
                    && sent.contains(header.getRealm().toLowerCase(Locale.ROOT)) && !header.isStale()) {
                return Optional.of(header.getRealm());
            }
        }
        return Optional.empty();
    }
}
