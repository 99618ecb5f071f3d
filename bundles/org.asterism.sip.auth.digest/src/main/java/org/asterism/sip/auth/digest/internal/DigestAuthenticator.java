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

    @Activate
    public DigestAuthenticator(@Reference ConfigStore config) {
        this(config, Clock.systemUTC(), new SecureRandom());
    }

    DigestAuthenticator(ConfigStore config, Clock clock, SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] decoy = new byte[16];
        random.nextBytes(decoy);
        NonceIssuer nonces = new NonceIssuer(secret, clock, random);
        this.lookup = new CredentialLookup(config);
        this.verifier = new DigestVerifier(nonces, HexFormat.of().formatHex(decoy));
        this.challenge = new DigestChallenge(nonces, random);
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
        if (outcome == AuthOutcome.ACCEPTED) {
            report(outcome, request, endpoint);
            return Result.ACCEPTED;
        }
        Response response = request.createResponse(Response.UNAUTHORIZED);
        try {
            for (WWWAuthenticateHeader header : challenge.headers(request.headerFactory(), source,
                    DigestChallenge.offers(credentials, outcomes))) {
                response.addHeader(header);
            }
        } catch (ParseException e) {
            LOG.error("Cannot challenge {} from {}: {}", request.method(), request.source(), e.getMessage());
            request.respond(Response.SERVER_INTERNAL_ERROR);
            return Result.ANSWERED;
        }
        request.send(response);
        report(outcome, request, endpoint);
        return Result.ANSWERED;
    }

    /**
     * Where security events are to be published (ast_sip_report_auth_success, _challenge_sent,
     * _failed_challenge_response); for now a debug line.
     */
    private static void report(AuthOutcome outcome, SipRequestContext request, String endpoint) {
        LOG.debug("{}: {} {} from {} for endpoint {}", outcome.securityEvent(), outcome, request.method(),
                request.source(), endpoint == null ? "<unknown>" : endpoint);
    }

    /** The source IP as text; the port is left out, as Asterisk leaves it out of nonces. */
    private static String sourceAddress(InetSocketAddress source) {
        return source.getAddress() != null ? source.getAddress().getHostAddress() : source.getHostString();
    }
}
