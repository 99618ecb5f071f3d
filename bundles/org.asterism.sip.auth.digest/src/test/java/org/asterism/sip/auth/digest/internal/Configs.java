package org.asterism.sip.auth.digest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;

/** Configuration records with Asterisk's defaults, for the tests. */
final class Configs {

    private Configs() {
    }

    static Endpoint endpoint(String id, String... auths) {
        return new Endpoint(id, "default", List.of(id), List.of(auths), List.of(), List.of("username", "ip"),
                Optional.empty(), List.of("ulaw"), Optional.empty(), Optional.empty(), List.of(), false, true, false,
                true, "rfc4733", Optional.empty(), false, false, "yes", 90, 1800, "yes", "", List.of(), "", Map.of());
    }

    /** {@code type=auth}, {@code auth_type=userpass}, default realm and algorithms. */
    static Auth userpass(String id, String username, String password) {
        return new Auth(id, "userpass", username, Optional.of(password), Optional.empty(), Optional.empty(), 32,
                Map.of("auth_type", "userpass", "username", username, "password", password));
    }

    /** {@code type=auth}, {@code auth_type=md5} with {@code md5_cred}. */
    static Auth md5(String id, String username, String md5Cred) {
        return new Auth(id, "md5", username, Optional.empty(), Optional.of(md5Cred), Optional.empty(), 32,
                Map.of("auth_type", "md5", "username", username, "md5_cred", md5Cred));
    }

    static Auth withRealm(Auth auth, String realm) {
        return new Auth(auth.id(), auth.authType(), auth.username(), auth.password(), auth.md5Cred(),
                Optional.of(realm), auth.nonceLifetime(), with(auth.options(), "realm", realm));
    }

    static Auth withOption(Auth auth, String option, String value) {
        return new Auth(auth.id(), auth.authType(), auth.username(), auth.password(), auth.md5Cred(), auth.realm(),
                auth.nonceLifetime(), with(auth.options(), option, value));
    }

    static GlobalSettings global(String defaultRealm, String defaultAlgorithmsUas) {
        return new GlobalSettings("global", List.of("ip", "username", "anonymous"), defaultRealm, "Asterism", 90, 70,
                "default_outbound_endpoint", "asterisk", "", 5, 5, 30, 0, 30, false, false,
                Map.of("default_realm", defaultRealm, "default_auth_algorithms_uas", defaultAlgorithmsUas));
    }

    private static Map<String, String> with(Map<String, String> options, String option, String value) {
        Map<String, String> copy = new HashMap<>(options);
        copy.put(option, value);
        return copy;
    }
}
