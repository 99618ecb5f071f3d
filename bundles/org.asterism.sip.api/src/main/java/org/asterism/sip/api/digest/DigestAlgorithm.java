package org.asterism.sip.api.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The digest algorithms an {@code auth} may name ({@code supported_algorithms_uas}, {@code supported_algorithms_uac},
 * {@code password_digest}; pjproject's table), declared strongest first: the order a UAS offers them in, as RFC 7616
 * §3.7 and RFC 8760 §2.4 ask (most preferred first). The "-sess" variants are left out, as neither Asterisk nor
 * pjproject supports them.
 */
public enum DigestAlgorithm {

    SHA_512_256("SHA-512-256", "SHA-512/256"),
    SHA_256("SHA-256", "SHA-256"),
    MD5("MD5", "MD5");

    private static final HexFormat HEX = HexFormat.of();

    private final String ianaName;
    private final String jcaName;

    DigestAlgorithm(String ianaName, String jcaName) {
        this.ianaName = ianaName;
        this.jcaName = jcaName;
    }

    /** The name in challenges and credentials ("SHA-256"). */
    public String ianaName() {
        return ianaName;
    }

    /** The algorithm by its IANA name, in any case. */
    public static Optional<DigestAlgorithm> byName(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.ianaName.equals(wanted)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * The algorithm a challenge or credentials name: MD5 when the {@code algorithm} parameter is absent or empty
     * (RFC 7616 §3.3), else the one by that name, if known.
     */
    public static Optional<DigestAlgorithm> ofParameter(String parameter) {
        return parameter == null || parameter.isBlank() ? Optional.of(MD5) : byName(parameter);
    }

    /** A comma-separated list of names (as an option holds it): known names, in order, repeats dropped. */
    public static List<DigestAlgorithm> parseList(String names) {
        List<DigestAlgorithm> algorithms = new ArrayList<>();
        for (String name : names.split(",")) {
            byName(name).filter(algorithm -> !algorithms.contains(algorithm)).ifPresent(algorithms::add);
        }
        return algorithms;
    }

    /** H(text) of RFC 7616 §3.4: the digest of the UTF-8 bytes, in lower-case hex. */
    public String hash(String text) {
        return HEX.formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A MessageDigest is not thread-safe, so each hash takes its own: JCA's lookup is all it costs. */
    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            // MD5, SHA-256 and SHA-512/256 are in every Java 17 runtime (the SUN provider)
            throw new IllegalStateException(jcaName + " is missing from this Java runtime", e);
        }
    }
}
