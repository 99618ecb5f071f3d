package org.asterism.sip.core.internal.objects;

import java.util.Locale;

import org.asterism.sip.api.config.InvalidOptionException;

/**
 * Checks an aor's {@code contact=} URI as Asterisk's {@code ast_sip_validate_uri_length} does: a sip: or sips:
 * URI (angle brackets allowed) of at most 255 characters whose host fits pjproject's 128-character limit, less
 * the room for a "_sips._tcp." SRV prefix when no port is given. A bare address ("10.0.0.1"), which Asterisk's
 * documentation warns against, is refused with the URI to write instead.
 */
final class StaticContactUri {

    private static final int MAX_URL = 256 - 1;
    private static final int MAX_HOST = 128 - 1;

    private StaticContactUri() {
    }

    static void check(String option, String uri) throws InvalidOptionException {
        if (uri.length() > MAX_URL) {
            throw new InvalidOptionException(option, uri, "contact URI is longer than " + MAX_URL + " characters");
        }
        String contact = uri.trim();
        if (contact.startsWith("<") && contact.endsWith(">")) {
            contact = contact.substring(1, contact.length() - 1);
        }
        String lower = contact.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("sip:")) {
            rest = contact.substring(4);
        } else if (lower.startsWith("sips:")) {
            rest = contact.substring(5);
        } else {
            throw new InvalidOptionException(option, uri, "not a SIP URI; write " + option + "=sip:" + contact + " (or sips:)");
        }
        int at = rest.indexOf('@');
        String host = at >= 0 ? rest.substring(at + 1) : rest;
        boolean port;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                throw new InvalidOptionException(option, uri, "IPv6 host has no closing ']'");
            }
            port = close + 1 < host.length() && host.charAt(close + 1) == ':';
            host = host.substring(0, close + 1);
        } else {
            int end = indexOfAny(host, ";?");
            host = end < 0 ? host : host.substring(0, end);
            int colon = host.indexOf(':');
            port = colon >= 0;
            host = port ? host.substring(0, colon) : host;
        }
        if (host.isEmpty()) {
            throw new InvalidOptionException(option, uri, "contact URI has no host");
        }
        int maxHost = port ? MAX_HOST : MAX_HOST - "_sips.tcp.".length();
        if (host.length() > maxHost) {
            throw new InvalidOptionException(option, uri, "contact host is longer than " + maxHost + " characters");
        }
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
