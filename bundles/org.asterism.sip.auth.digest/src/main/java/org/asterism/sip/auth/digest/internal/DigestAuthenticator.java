package org.asterism.sip.auth.digest.internal;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;

import org.asterism.sip.api.Authenticator;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.security.SecurityEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * res_pjsip_authenticator_digest: digest authentication of requests to endpoints that name an inbound {@code auth}
 * (RFC 3261 §22, RFC 7616, RFC 8760). A request without good credentials gets a 401 with a challenge per realm and
 * algorithm; requests from unknown endpoints and with unknown usernames get the very same 401 as wrong passwords.
 * The nonce secret lives in this instance, so reloading the module invalidates every outstanding nonce.
 */
@Component(service = Authenticator.class)
public class DigestAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(DigestAuthenticator.class);

    private final CredentialLookup lookup;
    private final DigestVerifier verifier;
    private final DigestChallenge challenge;
    private final SecurityReport security;

    @Activate
    public DigestAuthenticator(@Reference ConfigStore config, @Reference SecurityEvents events) {
        this(config, events, Clock.systemUTC(), new SecureRandom());
    }

    DigestAuthenticator(ConfigStore config, SecurityEvents events, Clock clock, SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] decoy = new byte[16];
        random.nextBytes(decoy);
        NonceIssuer nonces = new NonceIssuer(secret, clock, random);
        this.lookup = new CredentialLookup(config);
        this.verifier = new DigestVerifier(nonces, HexFormat.of().formatHex(decoy));
        this.challenge = new DigestChallenge(nonces, random);
        this.security = new SecurityReport(events);
    }

    @Override
    public Result authenticate(SipRequestContext request, String endpoint) {
        if (!lookup.requiresAuthentication(endpoint)) {
            return Result.ACCEPTED;
        }
        List<InboundCredential> credentials = lookup.credentialsFor(endpoint);
        List<DigestCredentials> presented = DigestCredentials.presentedIn(request.request());
        String source = sourceAddress(request.source());
        List<AuthOutcome> outcomes = credentials.stream()
                .map(credential -> verifier.verify(request.method(), source, presented, credential)).toList();
        AuthOutcome outcome = AuthOutcome.of(outcomes);
        DigestCredentials judged = judged(presented, credentials);
        if (outcome == AuthOutcome.ACCEPTED) {
            security.report(outcome, request, endpoint, judged, List.of());
            return Result.ACCEPTED;
        }
        Response response = request.createResponse(Response.UNAUTHORIZED);
        List<WWWAuthenticateHeader> challenges;
        try {
            challenges = challenge.headers(request.headerFactory(), source, DigestChallenge.offers(credentials, outcomes));
            for (WWWAuthenticateHeader header : challenges) {
                response.addHeader(header);
            }
        } catch (ParseException e) {
            LOG.error("Cannot challenge {} from {}: {}", request.method(), request.source(), e.getMessage());
            request.respond(Response.SERVER_INTERNAL_ERROR);
            return Result.ANSWERED;
        }
        request.send(response);
        security.report(outcome, request, endpoint, judged, challenges);
        return Result.ANSWERED;
    }

    /** The presented credentials for one of the expected realms (those the outcome was judged on), else null. */
    private static DigestCredentials judged(List<DigestCredentials> presented, List<InboundCredential> expected) {
        return presented.stream()
                .filter(credentials -> expected.stream().anyMatch(credential -> credential.realm().equals(credentials.realm())))
                .findFirst().orElse(null);
    }

    /** The source IP as text; the port is left out, as Asterisk leaves it out of nonces. */
    private static String sourceAddress(InetSocketAddress source) {
        return source.getAddress() != null ? source.getAddress().getHostAddress() : source.getHostString();
    }
}
