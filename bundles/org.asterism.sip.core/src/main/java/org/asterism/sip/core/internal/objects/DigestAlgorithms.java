package org.asterism.sip.core.internal.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.config.InvalidOptionException;

/**
 * The digest algorithms an auth may name ({@code supported_algorithms_uac/uas}, {@code password_digest},
 * the global {@code default_auth_algorithms_*}): pjproject's IANA names, any case, and the hex length of
 * each one's digest.
 */
final class DigestAlgorithms {

    static final String MD5 = "MD5";

    private static final Map<String, Integer> HEX_LENGTH = Map.of(MD5, 32, "SHA-256", 64, "SHA-512-256", 64);

    private DigestAlgorithms() {
    }

    /** The IANA name in upper case, if known. */
    static Optional<String> canonical(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return HEX_LENGTH.containsKey(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** Algorithm names, each known; in order, repeats dropped. */
    static List<String> parseNames(String option, List<String> names) throws InvalidOptionException {
        List<String> algorithms = new ArrayList<>();
        for (String name : names) {
            String algorithm = canonical(name).orElseThrow(() -> unknown(option, name));
            if (!algorithms.contains(algorithm)) {
                algorithms.add(algorithm);
            }
        }
        return algorithms;
    }

    /**
     * Pre-computed digests by algorithm from {@code password_digest} items ("SHA-256:hex"; a bare hex digest
     * is MD5, as {@code md5_cred} gives it). Each digest must have its algorithm's length, as Asterisk checks.
     */
    static Map<String, String> parseDigests(String option, List<String> items) throws InvalidOptionException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String item : items) {
            int colon = item.indexOf(':');
            String name = colon < 0 ? MD5 : item.substring(0, colon).trim();
            String digest = colon < 0 ? item.trim() : item.substring(colon + 1).trim();
            String algorithm = canonical(name).orElseThrow(() -> unknown(option, item));
            int length = HEX_LENGTH.get(algorithm);
            if (digest.length() != length) {
                throw new InvalidOptionException(option, item, algorithm + " digest must be " + length
                        + " hex characters, not " + digest.length());
            }
            digests.put(algorithm, digest);
        }
        return digests;
    }

    private static InvalidOptionException unknown(String option, String value) {
        return new InvalidOptionException(option, value, "unknown digest algorithm; known are " + String.join(", ",
                List.of(MD5, "SHA-256", "SHA-512-256")));
    }
}
