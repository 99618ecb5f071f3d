package org.asterism.sip.api.location;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One binding of an AoR, as Asterisk's contact object; field names follow Asterisk's where it has them.
 *
 * @param aor the AoR the contact is bound to
 * @param uri the contact URI, as registered ({@code uri})
 * @param expiresAt when the binding lapses unless refreshed ({@code expiration_time})
 * @param path the Path header values of the REGISTER, in order ({@code path}); empty without Path
 * @param userAgent the REGISTER's User-Agent ({@code user_agent})
 * @param endpoint the endpoint that registered it ({@code endpoint})
 * @param viaAddress host:port of the REGISTER's top Via ({@code via_addr}, {@code via_port})
 * @param callId the REGISTER's Call-ID ({@code call_id})
 * @param cseq the REGISTER's CSeq number, to tell a retransmission or an out-of-order REGISTER
 * @param source where the REGISTER came from, for NAT ({@code rewrite_contact})
 * @param qualifyFrequency {@code qualify_frequency} in seconds; 0 means no OPTIONS pings
 * @param qualifyTimeout {@code qualify_timeout} in seconds
 * @param authenticateQualify {@code authenticate_qualify}
 * @param outboundProxy {@code outbound_proxy}, if set
 */
public record Contact(String aor, String uri, Instant expiresAt, List<String> path, Optional<String> userAgent,
        Optional<String> endpoint, Optional<String> viaAddress, Optional<String> callId, long cseq,
        Optional<InetSocketAddress> source, int qualifyFrequency, double qualifyTimeout, boolean authenticateQualify,
        Optional<String> outboundProxy) {

    public Contact {
        requireText(aor, "aor");
        requireText(uri, "uri");
        Objects.requireNonNull(expiresAt, "expiresAt");
        path = List.copyOf(path);
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(viaAddress, "viaAddress");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outboundProxy, "outboundProxy");
        if (qualifyFrequency < 0) {
            throw new IllegalArgumentException("qualifyFrequency must not be negative: " + qualifyFrequency);
        }
        if (!(qualifyTimeout >= 0)) {
            throw new IllegalArgumentException("qualifyTimeout must be a number of seconds: " + qualifyTimeout);
        }
    }

    /** Asterisk's contact id: {@code "<aor>;@<md5 hex of uri>"}, the name {@code pjsip show contacts} lists. */
    public String id() {
        try {
            byte[] hash = MessageDigest.getInstance("MD5").digest(uri.getBytes(StandardCharsets.UTF_8));
            return aor + ";@" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** Whether the binding has lapsed at {@code now} (it lapses at {@code expiresAt} itself). */
    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
