package org.asterism.sip.api.client;

import java.util.List;
import java.util.Optional;

import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers a 401 or 407 to a request the server sent, with the credentials of {@code type=auth} objects (an
 * endpoint's {@code outbound_auth}), as Asterisk's {@code ast_sip_outbound_authenticator}. A whiteboard service:
 * the {@link SipClient} uses the highest-ranked one registered and, when none is, gives up on challenges.
 *
 * <p>The caller keeps the loop rules (RFC 3261 §22.2, pjproject's): it does not ask again when the server
 * re-challenges, without {@code stale=true}, a realm whose credentials the challenged request already carried (they
 * were refused), and it stops after a bounded number of challenges.
 */
@ConsumerType
public interface OutboundAuthenticator {

    /**
     * The request to send in answer to a challenge: a copy of {@code challenged} for a new client transaction, with
     * the same Request-URI, Call-ID, From (tag included), To and body; a CSeq number one higher; no {@code branch} on
     * the top Via (the stack then draws a new one); and, for each realm challenged that it has credentials for, an
     * {@code Authorization} (answering a 401's {@code WWW-Authenticate}) or {@code Proxy-Authorization} (a 407's
     * {@code Proxy-Authenticate}) in place of any the challenged request carried for that realm. Credentials for
     * realms not challenged again are kept as they were.
     *
     * <p>Called on one of the client's threads, never a SIP stack thread; it must not block on I/O. It never changes
     * {@code challenged}.
     *
     * @param outboundAuths the ids of the {@code auth} objects to answer with, in order (an endpoint's
     *        {@code outbound_auth}); never empty
     * @param challenge the final 401 or 407, with one or more challenges (for several realms, or several algorithms
     *        of one realm, most preferred first)
     * @param challenged the request as it was sent, which drew the challenge
     * @param headers to create the credentials' headers
     * @return the request to send, or empty when this authenticator cannot answer any challenge of the response (no
     *         auth for the realm, no auth that supports an algorithm offered, an auth id that names no auth...); the
     *         caller then completes with the challenge as the final response
     */
    Optional<Request> authenticate(List<String> outboundAuths, Response challenge, Request challenged, HeaderFactory headers);
}
