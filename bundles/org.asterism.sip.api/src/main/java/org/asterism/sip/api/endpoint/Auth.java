package org.asterism.sip.api.endpoint;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code type=auth} section: credentials to check a peer's digest (inbound, named by an endpoint's
 * {@code auth}) or to answer a server's challenge (outbound, named by {@code outbound_auth}).
 *
 * @param id the section name
 * @param authType {@code auth_type} as written, lower case: userpass, md5, digest or google_oauth. The first
 *        three all mean digest authentication with {@code password} and/or pre-computed digests; Asterisk
 *        reports the default as "userpass" [userpass]
 * @param username {@code username}; never empty (Asterisk refuses an auth without one)
 * @param password {@code password}, the plain-text secret, if set
 * @param md5Cred the MD5 digest of "username:realm:password" in hex, from {@code md5_cred} or an MD5 entry of
 *        {@code password_digest}, if set
 * @param realm {@code realm}, if set. Inbound, empty means the global {@code default_realm}; outbound, empty or
 *        "*" means whatever realm the server sends
 * @param nonceLifetime {@code nonce_lifetime} in seconds [32]
 * @param options every documented auth option as read, defaults filled in
 */
public record Auth(String id, String authType, String username, Optional<String> password, Optional<String> md5Cred,
        Optional<String> realm, int nonceLifetime, Map<String, String> options) {

    public static final String TYPE = "auth";

    public Auth {
        options = Map.copyOf(options);
    }

    /** Whether this auth answers or checks digest challenges (every auth_type but google_oauth). */
    public boolean isDigest() {
        return !"google_oauth".equals(authType);
    }
}
