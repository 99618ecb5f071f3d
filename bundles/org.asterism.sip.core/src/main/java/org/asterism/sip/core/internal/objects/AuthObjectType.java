package org.asterism.sip.core.internal.objects;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.endpoint.Auth;
import org.osgi.service.component.annotations.Component;

/**
 * {@code type=auth}, checked as res_pjsip/config_auth.c checks it: a username always; for google_oauth the three
 * OAuth options; otherwise a password or a pre-computed digest for every algorithm the auth supports (MD5 when it
 * names none, Asterisk's default).
 */
@Component(service = ObjectType.class)
public class AuthObjectType implements ObjectType<Auth> {

    private static final List<String> OAUTH_OPTIONS = List.of("refresh_token", "oauth_clientid", "oauth_secret");

    @Override
    public String name() {
        return Auth.TYPE;
    }

    @Override
    public Auth create(ObjectOptions options) throws InvalidOptionException {
        OptionValues values = AuthOptionTable.TABLE.read(options);
        if (values.text("username").isEmpty()) {
            throw new InvalidOptionException("username", "", "an auth needs a username");
        }
        Map<String, String> digests = new LinkedHashMap<>();
        if (!values.text("md5_cred").isEmpty()) {
            digests.putAll(DigestAlgorithms.parseDigests("md5_cred", List.of(values.text("md5_cred"))));
        }
        digests.putAll(DigestAlgorithms.parseDigests("password_digest", values.items("password_digest")));
        List<String> uac = DigestAlgorithms.parseNames("supported_algorithms_uac", values.items("supported_algorithms_uac"));
        List<String> uas = DigestAlgorithms.parseNames("supported_algorithms_uas", values.items("supported_algorithms_uas"));
        String authType = values.text("auth_type");
        if (authType.equals("google_oauth")) {
            for (String option : OAUTH_OPTIONS) {
                if (values.text(option).isEmpty()) {
                    throw new InvalidOptionException(option, "", "'google_oauth' authentication needs refresh_token, "
                            + "oauth_clientid and oauth_secret");
                }
            }
        } else {
            checkCredentials(values.text("password").isEmpty(), digests, uac, uas);
        }
        return new Auth(options.id(), authType, values.text("username"), values.optionalText("password"),
                Optional.ofNullable(digests.get(DigestAlgorithms.MD5)), values.optionalText("realm"),
                values.integer("nonce_lifetime"), values.asMap());
    }

    private static void checkCredentials(boolean noPassword, Map<String, String> digests, List<String> uac,
            List<String> uas) throws InvalidOptionException {
        if (!noPassword) {
            return;
        }
        Set<String> needed = new LinkedHashSet<>(uas.isEmpty() ? List.of(DigestAlgorithms.MD5) : uas);
        needed.addAll(uac.isEmpty() ? List.of(DigestAlgorithms.MD5) : uac);
        for (String algorithm : needed) {
            if (!digests.containsKey(algorithm)) {
                throw new InvalidOptionException("password", "", "no plain text password or " + algorithm
                        + " digest (password_digest) for supported algorithm " + algorithm);
            }
        }
    }
}
