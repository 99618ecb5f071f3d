package org.asterism.sip.api.config;

import java.net.InetAddress;

/**
 * An IPv4 or IPv6 network in CIDR form, as options such as {@code local_net} and {@code match} give it:
 * "192.168.0.0/16", "10.0.0.1" (a single host), "10.0.0.0/255.0.0.0", "fd00::/8".
 */
public record IpNetwork(InetAddress address, int prefixLength) {

    public IpNetwork {
        int max = address.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " out of range 0-" + max);
        }
    }

    /** Parses a literal address with an optional /prefix or /netmask; host names are refused. */
    public static IpNetwork parse(String text) throws InvalidOptionException {
        String value = text.trim();
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        InetAddress address = literal(host, value);
        int max = address.getAddress().length * 8;
        int prefix = max;
        if (slash >= 0) {
            String mask = value.substring(slash + 1);
            prefix = mask.contains(".") ? netmaskPrefix(literal(mask, value), value) : parsePrefix(mask, max, value);
        }
        return new IpNetwork(address, prefix);
    }

    public boolean contains(InetAddress candidate) {
        byte[] net = address.getAddress();
        byte[] other = candidate.getAddress();
        if (net.length != other.length) {
            return false;
        }
        int bits = prefixLength;
        for (int i = 0; i < net.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((net[i] & mask) != (other[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return HostText.address(address) + "/" + prefixLength;
    }

    private static InetAddress literal(String host, String whole) throws InvalidOptionException {
        return IpLiteral.parse(host).orElseThrow(() -> new InvalidOptionException(null, whole, "'" + host + "' is not an IP address"));
    }

    private static int parsePrefix(String text, int max, String whole) throws InvalidOptionException {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix >= 0 && prefix <= max) {
                return prefix;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(null, whole, "invalid prefix length '" + text + "'");
    }

    private static int netmaskPrefix(InetAddress mask, String whole) throws InvalidOptionException {
        int prefix = 0;
        boolean ended = false;
        for (byte b : mask.getAddress()) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean set = (b >> bit & 1) == 1;
                if (set && ended) {
                    throw new InvalidOptionException(null, whole, "netmask is not contiguous");
                }
                if (set) {
                    prefix++;
                } else {
                    ended = true;
                }
            }
        }
        return prefix;
    }
}
