package org.asterism.sip.identifier.ip.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.IpNetwork;

/**
 * The values of an identify's {@code match} lines: IP addresses and networks become {@link AddressRule}s at once,
 * host names wait for the resolver. Each value may be
 * <ul>
 * <li>an address: "192.0.2.1", "2001:db8::1", "[2001:db8::1]";</li>
 * <li>a network in CIDR or netmask form: "10.0.0.0/8", "10.0.0.0/255.0.0.0", "2001:db8::/32";</li>
 * <li>either with a source port: "192.0.2.1:5061", "3.2.1.0:5061/24", "[2001:db8::1]:5060";</li>
 * <li>either with a leading {@code !} to exclude it;</li>
 * <li>a host name, with or without port: "sbc.example.com", "sbc.example.com:5061".</li>
 * </ul>
 *
 * @param addresses the address rules in the order written
 * @param hosts the host names in the order written
 */
public record MatchList(List<AddressRule> addresses, List<HostName> hosts) {

    static final String OPTION = "match";

    private static final Pattern DOTTED = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");

    public MatchList {
        addresses = List.copyOf(addresses);
        hosts = List.copyOf(hosts);
    }

    public boolean isEmpty() {
        return addresses.isEmpty() && hosts.isEmpty();
    }

    /** Parses every value (already split at commas); a bad one names itself and the option. */
    public static MatchList parse(List<String> values) throws InvalidOptionException {
        List<AddressRule> addresses = new ArrayList<>();
        List<HostName> hosts = new ArrayList<>();
        for (String value : values) {
            String text = value.trim();
            if (text.isEmpty()) {
                continue;
            }
            boolean negated = text.startsWith("!");
            String body = negated ? text.substring(1).trim() : text;
            int slash = body.indexOf('/');
            String mask = slash < 0 ? null : body.substring(slash + 1).trim();
            String[] hostPort = splitPort(body.substring(0, slash < 0 ? body.length() : slash).trim(), text);
            String host = hostPort[0];
            int port = Integer.parseInt(hostPort[1]);
            if (isLiteral(host) || mask != null) {
                addresses.add(new AddressRule(network(host, mask, text), port, negated));
            } else if (negated) {
                throw new InvalidOptionException(OPTION, text, "only addresses and networks can be excluded with '!', not host names");
            } else if (HOST_NAME.matcher(host).matches() && !DOTTED.matcher(host).matches()) {
                hosts.add(new HostName(host, port));
            } else {
                throw new InvalidOptionException(OPTION, text, "'" + host + "' is neither an IP address nor a host name");
            }
        }
        return new MatchList(addresses, hosts);
    }

    /** {host, port}: "[v6]:p", "[v6]", "v4:p", "name:p", or a bare IPv6 address (two colons or more, no port). */
    private static String[] splitPort(String text, String whole) throws InvalidOptionException {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new InvalidOptionException(OPTION, whole, "'" + text + "' has no closing ']'");
            }
            String rest = text.substring(close + 1);
            if (rest.isEmpty()) {
                return new String[] { text.substring(1, close), "0" };
            }
            if (!rest.startsWith(":")) {
                throw new InvalidOptionException(OPTION, whole, "unexpected '" + rest + "' after ']'");
            }
            return new String[] { text.substring(1, close), port(rest.substring(1), whole) };
        }
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            return new String[] { text, "0" };
        }
        return new String[] { text.substring(0, colon), port(text.substring(colon + 1), whole) };
    }

    private static String port(String text, String whole) throws InvalidOptionException {
        if (!text.isEmpty() && text.length() <= 5 && text.chars().allMatch(Character::isDigit)) {
            int port = Integer.parseInt(text);
            if (port <= 65535) {
                return Integer.toString(port);
            }
        }
        throw new InvalidOptionException(OPTION, whole, "invalid port '" + text + "'");
    }

    private static boolean isLiteral(String host) {
        return host.indexOf(':') >= 0 || DOTTED.matcher(host).matches();
    }

    /**
     * The network through {@link IpNetwork#parse}, for its wording. Dotted values are checked first: given an
     * invalid one ("300.1.1.1", a netmask "255.255.255.300"), {@code InetAddress.getByName} asks the system
     * resolver instead of refusing, and configuration loading must not send DNS queries.
     */
    private static IpNetwork network(String host, String mask, String whole) throws InvalidOptionException {
        requireLiteral(host, whole);
        if (mask != null && mask.contains(".")) {
            requireLiteral(mask, whole);
        }
        String bracketed = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        try {
            return IpNetwork.parse(mask == null ? bracketed : bracketed + "/" + mask);
        } catch (InvalidOptionException e) {
            throw new InvalidOptionException(OPTION, whole, e.getMessage());
        }
    }

    private static void requireLiteral(String text, String whole) throws InvalidOptionException {
        boolean dotted = text.indexOf(':') < 0;
        if (dotted ? !IPV4.matcher(text).matches() : !looksLikeIpv6(text)) {
            throw new InvalidOptionException(OPTION, whole, "'" + text + "' is not an IP address");
        }
    }

    private static boolean looksLikeIpv6(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }
}
