package org.asterism.sip.core.internal.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.IpLiteral;

/** Parses {@code bind=} as Asterisk writes it: "0.0.0.0", "0.0.0.0:5060", "::", "[::]:5060", "[fd00::1]". */
final class BindAddress {

    private BindAddress() {
    }

    /** @return the address; port 0 when none is given */
    static InetSocketAddress parse(String text) throws InvalidOptionException {
        String value = text.trim();
        String host = value;
        int port = 0;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw invalid(text, "missing ']'");
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (rest.startsWith(":")) {
                port = port(rest.substring(1), text);
            } else if (!rest.isEmpty()) {
                throw invalid(text, "unexpected text after ']'");
            }
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.indexOf(':') >= 0) {
            host = value.substring(0, value.indexOf(':'));
            port = port(value.substring(value.indexOf(':') + 1), text);
        }
        return new InetSocketAddress(literal(host, text), port);
    }

    private static InetAddress literal(String host, String text) throws InvalidOptionException {
        return IpLiteral.parse(host).orElseThrow(() -> invalid(text, "'" + host + "' is not an IP address"));
    }

    private static int port(String text, String whole) throws InvalidOptionException {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(whole, "port must be 1-65535");
    }

    private static InvalidOptionException invalid(String value, String reason) {
        return new InvalidOptionException("bind", value, reason);
    }
}
