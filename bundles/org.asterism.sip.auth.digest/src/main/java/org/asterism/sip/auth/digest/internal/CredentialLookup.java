package org.asterism.sip.auth.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.digest.AuthSecrets;
import org.asterism.sip.api.digest.DigestAlgorithm;
import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the inbound credentials of an endpoint in the configuration in force. The typed {@link Auth} record has no
 * component for {@code supported_algorithms_uas} nor for non-MD5 {@code password_digest} entries, so those are read
 * from its {@code options()}, as is the global {@code default_auth_algorithms_uas}.
 */
final class CredentialLookup {

    static final String DEFAULT_REALM = "asterisk";
    static final int STAND_IN_NONCE_LIFETIME = 32;

    private static final Logger LOG = LoggerFactory.getLogger(CredentialLookup.class);

    private final ConfigStore config;

    CredentialLookup(ConfigStore config) {
        this.config = config;
    }

    /**
     * Whether requests from this endpoint must authenticate: always for an unknown endpoint (null, or gone in a
     * reload), else when it names at least one auth (Asterisk's digest_requires_authentication).
     */
    boolean requiresAuthentication(String endpointId) {
        return endpoint(endpointId).map(endpoint -> !endpoint.auth().isEmpty()).orElse(true);
    }

    /**
     * The credentials a request from the endpoint may present, in the order of its {@code auth} option; never empty.
     * An unknown endpoint, or one whose auths are all missing or not digest, gets the stand-in, so its challenge
     * looks like any other and nothing can pass it.
     */
    List<InboundCredential> credentialsFor(String endpointId) {
        Optional<GlobalSettings> global = config.all(GlobalSettings.TYPE, GlobalSettings.class).stream().findFirst();
        String defaultRealm = global.map(GlobalSettings::defaultRealm).filter(realm -> !realm.isEmpty())
                .orElse(DEFAULT_REALM);
        List<DigestAlgorithm> defaultAlgorithms = algorithmsOrMd5(global
                .map(settings -> settings.options().getOrDefault("default_auth_algorithms_uas", "")).orElse(""));
        List<InboundCredential> credentials = new ArrayList<>();
        Optional<Endpoint> endpoint = endpoint(endpointId);
        for (String authId : endpoint.map(Endpoint::auth).orElse(List.of())) {
            Optional<Auth> auth = config.find(Auth.TYPE, authId, Auth.class);
            if (auth.isEmpty() || !auth.get().isDigest()) {
                LOG.warn("Endpoint '{}' names auth '{}', which is {}", endpointId, authId,
                        auth.isEmpty() ? "not configured" : "not a digest auth");
                continue;
            }
            InboundCredential credential = credential(auth.get(), defaultRealm, defaultAlgorithms);
            if (credential.algorithms().isEmpty()) {
                LOG.warn("Auth '{}' has no secret for any of its supported_algorithms_uas", authId);
                continue;
            }
            credentials.add(credential);
        }
        if (credentials.isEmpty()) {
            credentials.add(InboundCredential.standIn(defaultRealm, defaultAlgorithms, STAND_IN_NONCE_LIFETIME));
        }
        return credentials;
    }

    private Optional<Endpoint> endpoint(String endpointId) {
        return endpointId == null ? Optional.empty() : config.find(Endpoint.TYPE, endpointId, Endpoint.class);
    }

    private static InboundCredential credential(Auth auth, String defaultRealm, List<DigestAlgorithm> defaults) {
        String realm = auth.realm().filter(value -> !value.isBlank()).orElse(defaultRealm);
        List<DigestAlgorithm> algorithms = DigestAlgorithm.parseList(
                auth.options().getOrDefault("supported_algorithms_uas", ""));
        return new InboundCredential(auth.id(), true, auth.username(), realm,
                algorithms.isEmpty() ? defaults : algorithms, AuthSecrets.storedHa1(auth), auth.password(),
                auth.nonceLifetime());
    }

    private static List<DigestAlgorithm> algorithmsOrMd5(String names) {
        List<DigestAlgorithm> algorithms = DigestAlgorithm.parseList(names);
        return algorithms.isEmpty() ? List.of(DigestAlgorithm.MD5) : algorithms;
    }
}
