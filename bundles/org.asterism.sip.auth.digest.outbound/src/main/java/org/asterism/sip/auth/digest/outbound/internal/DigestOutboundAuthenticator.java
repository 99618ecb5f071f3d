package org.asterism.sip.auth.digest.outbound.internal;

import java.security.SecureRandom;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sip.InvalidArgumentException;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.client.OutboundAuthenticator;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.digest.AuthSecrets;
import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * res_pjsip_outbound_authenticator_digest: answers 401/407 challenges to requests the server sends, with the
 * {@code type=auth} objects the caller names (RFC 3261 §22.2, RFC 7616, RFC 8760), as Asterisk's
 * digest_create_request_with_auth.
 *
 * <p>Per realm, the first challenge (the server's most preferred) whose algorithm this side knows, whose qop it can
 * answer ("auth", or none) and that an auth can answer is answered; the others of that realm are skipped. Stateless:
 * what was sent before is read from the challenged request itself, whose credentials carry their nonce counts.
 */
@Component(service = OutboundAuthenticator.class)
public class DigestOutboundAuthenticator implements OutboundAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(DigestOutboundAuthenticator.class);
    static final String DEFAULT_ALGORITHMS_UAC = "MD5";

    private final ConfigStore config;
    private final Supplier<String> cnonces;

    @Activate
    public DigestOutboundAuthenticator(@Reference ConfigStore config) {
        this(config, randomCnonces(new SecureRandom()));
    }

    DigestOutboundAuthenticator(ConfigStore config, Supplier<String> cnonces) {
        this.config = config;
        this.cnonces = cnonces;
    }

    private static Supplier<String> randomCnonces(SecureRandom random) {
        HexFormat hex = HexFormat.of();
        return () -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return hex.formatHex(bytes);
        };
    }

    @Override
    public Optional<Request> authenticate(List<String> outboundAuths, Response challenge, Request challenged,
            HeaderFactory headers) {
        int status = challenge.getStatusCode();
        if (status != Response.UNAUTHORIZED && status != Response.PROXY_AUTHENTICATION_REQUIRED) {
            LOG.error("Status code {} was received when it should have been 401 or 407", status);
            return Optional.empty();
        }
        boolean proxy = status == Response.PROXY_AUTHENTICATION_REQUIRED;
        List<OutboundAuth> auths = resolve(outboundAuths);
        if (auths.isEmpty()) {
            LOG.warn("{} to {}: none of the auths {} can answer a digest challenge", challenged.getMethod(),
                    challenged.getRequestURI(), outboundAuths);
            return Optional.empty();
        }
        List<AuthorizationHeader> sent = credentials(challenged);
        String digestUri = challenged.getRequestURI().toString();
        Map<String, DigestAnswer> answers = new LinkedHashMap<>();
        List<String> offered = new ArrayList<>();
        for (DigestChallenge offer : DigestChallenge.of(challenge)) {
            offered.add(offer.describe());
            String realm = offer.realm().toLowerCase(Locale.ROOT);
            if (!answers.containsKey(realm)) {
                int previousCount = previousCount(sent, proxy, offer.realm(), offer.nonce());
                answer(auths, offer, challenged.getMethod(), digestUri, previousCount + 1)
                        .ifPresent(answer -> answers.put(realm, answer));
            }
        }
        if (answers.isEmpty()) {
            if (offered.isEmpty()) {
                LOG.warn("{} to {}: the {} holds no Digest challenge", challenged.getMethod(),
                        challenged.getRequestURI(), status);
            } else {
                LOG.warn("{} to {}: no auth objects matching realm/algorithm(s) '{}' from challenge found",
                        challenged.getMethod(), challenged.getRequestURI(), String.join(", ", offered));
            }
            return Optional.empty();
        }
        try {
            return Optional.of(resend(challenged, proxy, answers, auths, headers));
        } catch (ParseException | InvalidArgumentException e) {
            LOG.warn("{} to {}: unable to create request with auth: {}", challenged.getMethod(),
                    challenged.getRequestURI(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The answer to one challenge, if it names an algorithm and qop this side does and an auth can answer it. */
    private Optional<DigestAnswer> answer(List<OutboundAuth> auths, DigestChallenge challenge, String method,
            String digestUri, int nonceCount) {
        Optional<DigestAlgorithm> algorithm = challenge.digestAlgorithm();
        Optional<String> qop = challenge.answerQop();
        if (algorithm.isEmpty() || qop.isEmpty()) {
            LOG.debug("Skipping challenge for realm '{}' with algorithm '{}' and qop '{}': not supported",
                    challenge.realm(), challenge.algorithm(), challenge.qop());
            return Optional.empty();
        }
        return OutboundAuth.choose(auths, challenge.realm(), algorithm.get()).flatMap(chosen -> {
            Auth auth = chosen.auth();
            return AuthSecrets.ha1(auth, algorithm.get(), challenge.realm())
                    .map(ha1 -> DigestAnswer.compute(challenge, algorithm.get(), auth.username(), ha1, method,
                            digestUri, qop.get(), cnonces.get(), nonceCount));
        });
    }

    /**
     * The copy to send: CSeq one up, no Via branch, the new credentials after those kept. Credentials of realms not
     * challenged again stay, recomputed with the next nonce count when they used qop (RFC 7616 §3.4: nc counts every
     * request sent with the nonce) and an auth can still answer them, else as they were.
     */
    private Request resend(Request challenged, boolean proxy, Map<String, DigestAnswer> answers,
            List<OutboundAuth> auths, HeaderFactory headers) throws ParseException, InvalidArgumentException {
        Request request = (Request) challenged.clone();
        List<AuthorizationHeader> kept = new ArrayList<>();
        for (AuthorizationHeader previous : credentials(request)) {
            boolean previousProxy = previous instanceof ProxyAuthorizationHeader;
            boolean replaced = previousProxy == proxy && previous.getRealm() != null
                    && answers.containsKey(previous.getRealm().toLowerCase(Locale.ROOT));
            if (!replaced) {
                kept.add(renewed(previous, previousProxy, request, auths, headers).orElse(previous));
            }
        }
        request.removeHeader(AuthorizationHeader.NAME);
        request.removeHeader(ProxyAuthorizationHeader.NAME);
        for (AuthorizationHeader header : kept) {
            request.addHeader(header);
        }
        for (DigestAnswer answer : answers.values()) {
            request.addHeader(answer.header(headers, proxy));
        }
        CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        cseq.setSeqNumber(cseq.getSeqNumber() + 1);
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        if (via != null) {
            via.removeParameter("branch"); // a new client transaction: the stack draws a new branch
        }
        return request;
    }

    /** Earlier qop credentials answered again with the next nonce count, when an auth still can. */
    private Optional<AuthorizationHeader> renewed(AuthorizationHeader previous, boolean proxy, Request request,
            List<OutboundAuth> auths, HeaderFactory headers) throws ParseException {
        if (!DigestChallenge.SCHEME.equalsIgnoreCase(previous.getScheme()) || previous.getQop() == null
                || previous.getRealm() == null || previous.getNonce() == null || previous.getNonceCount() < 1) {
            return Optional.empty();
        }
        DigestChallenge again = new DigestChallenge(previous.getRealm(), previous.getNonce(), previous.getOpaque(),
                previous.getAlgorithm(), previous.getQop(), false);
        Optional<DigestAnswer> answer = answer(auths, again, request.getMethod(),
                request.getRequestURI().toString(), previous.getNonceCount() + 1);
        return answer.isPresent() ? Optional.of(answer.get().header(headers, proxy)) : Optional.empty();
    }

    /** How many times the request already used this nonce for this realm (0 if never), by its credentials' nc. */
    private static int previousCount(List<AuthorizationHeader> sent, boolean proxy, String realm, String nonce) {
        for (AuthorizationHeader header : sent) {
            if ((header instanceof ProxyAuthorizationHeader) == proxy && realm.equalsIgnoreCase(header.getRealm())
                    && nonce.equals(header.getNonce())) {
                return Math.max(1, header.getNonceCount());
            }
        }
        return 0;
    }

    /** The request's Authorization and Proxy-Authorization headers, in order. */
    private static List<AuthorizationHeader> credentials(Request request) {
        List<AuthorizationHeader> found = new ArrayList<>();
        for (String name : new String[] { AuthorizationHeader.NAME, ProxyAuthorizationHeader.NAME }) {
            ListIterator<?> headers = request.getHeaders(name);
            while (headers != null && headers.hasNext()) {
                if (headers.next() instanceof AuthorizationHeader header) {
                    found.add(header);
                }
            }
        }
        return found;
    }

    /**
     * The auths named, in order, with the algorithms each may answer: missing ones and those that are not digest
     * auths (google_oauth) are left out with a warning, as ast_sip_retrieve_auths_vector.
     */
    private List<OutboundAuth> resolve(List<String> ids) {
        List<DigestAlgorithm> defaults = null;
        List<OutboundAuth> auths = new ArrayList<>();
        for (String id : ids) {
            Optional<Auth> auth = config.find(Auth.TYPE, id, Auth.class);
            if (auth.isEmpty() || !auth.get().isDigest()) {
                LOG.warn("Unable to locate authentication '{}'{}", id, auth.isEmpty() ? "" : ": not a digest auth");
                continue;
            }
            List<DigestAlgorithm> algorithms = DigestAlgorithm.parseList(
                    auth.get().options().getOrDefault("supported_algorithms_uac", ""));
            if (algorithms.isEmpty()) {
                if (defaults == null) {
                    defaults = defaultAlgorithms();
                }
                algorithms = defaults;
            }
            auths.add(new OutboundAuth(auth.get(), algorithms));
        }
        return auths;
    }

    /** The global {@code default_auth_algorithms_uac}, MD5 by default as in Asterisk. */
    private List<DigestAlgorithm> defaultAlgorithms() {
        List<DigestAlgorithm> algorithms = DigestAlgorithm.parseList(config.all(GlobalSettings.TYPE, GlobalSettings.class)
                .stream().findFirst().map(global -> global.options().get("default_auth_algorithms_uac"))
                .filter(names -> names != null && !names.isBlank()).orElse(DEFAULT_ALGORITHMS_UAC));
        return algorithms.isEmpty() ? List.of(DigestAlgorithm.MD5) : algorithms;
    }
}
