package org.asterism.sip.api.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address written literally, parsed without ever asking DNS: {@link InetAddress#getByName} resolves
 * anything that is not a valid literal (such as "300.1.1.1"), which configuration parsing must never do.
 */
public final class IpLiteral {

    private IpLiteral() {
    }

    /** The address, or empty when {@code text} is not an IPv4 dotted quad or an IPv6 literal (brackets allowed). */
    public static Optional<InetAddress> parse(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (bare.indexOf(':') >= 0) {
            return ipv6(bare);
        }
        return dottedQuad(bare) ? lookupFree(bare) : Optional.empty();
    }

    private static boolean dottedQuad(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static Optional<InetAddress> ipv6(String text) {
        int zone = text.indexOf('%');
        String address = zone < 0 ? text : text.substring(0, zone);
        boolean hexColonsDots = !address.isEmpty() && address.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        // in brackets, getByName refuses an invalid IPv6 literal instead of trying DNS
        return hexColonsDots ? lookupFree("[" + text + "]") : Optional.empty();
    }

    /** Only called with literals, which getByName parses without a lookup. */
    private static Optional<InetAddress> lookupFree(String literal) {
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
