package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.asterism.sip.api.config.HostText;
import org.asterism.sip.api.config.IpNetwork;

/**
 * One address rule of an identify's {@code match}, as Asterisk keeps it in the identify's ACL: a network (its
 * address already masked), an optional source port, and whether it was written with a leading {@code !}.
 *
 * <p>An identify's rules apply in order and the last rule that covers the source address decides, as
 * {@code ast_apply_ha} does: a plain rule makes it match, a {@code !} rule makes it not match.
 *
 * @param network the network, its address masked to the prefix ("10.0.0.0/8" for "10.1.2.3/8")
 * @param port the source port the rule requires, 0 for any
 * @param negated written with a leading {@code !}: addresses it covers do not match
 */
public record AddressRule(IpNetwork network, int port, boolean negated) {

    public AddressRule {
        network = masked(network);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " out of range 0-65535");
        }
    }

    /** A rule for exactly one address, as a resolved host name gives. */
    public static AddressRule host(InetAddress address, int port) {
        return new AddressRule(new IpNetwork(address, address.getAddress().length * 8), port, false);
    }

    /** Whether this rule applies to a packet from this address and port. */
    public boolean covers(InetAddress source, int sourcePort) {
        return network.contains(source) && (port == 0 || port == sourcePort);
    }

    /**
     * Whether some source could be covered by both rules: same family, one network inside the other, and no two
     * different required ports.
     */
    public boolean overlaps(AddressRule other) {
        if (port != 0 && other.port != 0 && port != other.port) {
            return false;
        }
        AddressRule wider = network.prefixLength() <= other.network.prefixLength() ? this : other;
        AddressRule narrower = wider == this ? other : this;
        return wider.network.contains(narrower.network.address());
    }

    /** The first address of the network. */
    public InetAddress first() {
        return network.address();
    }

    /** The last address of the network (its broadcast address, for IPv4). */
    public InetAddress last() {
        byte[] bytes = network.address().getAddress();
        int bits = network.prefixLength();
        for (int i = 0; i < bytes.length; i++, bits -= 8) {
            if (bits <= 0) {
                bytes[i] = (byte) 0xff;
            } else if (bits < 8) {
                bytes[i] |= (byte) (0xff >>> bits);
            }
        }
        return address(bytes);
    }

    /** As Asterisk's {@code pjsip show identifies} prints it: "10.0.0.0/8", "!10.1.2.3/32", "[2001:db8::1]:5060/128". */
    public String text() {
        InetAddress address = network.address();
        String host = port == 0 ? HostText.address(address) : HostText.hostPort(address, port);
        return (negated ? "!" : "") + host + "/" + network.prefixLength();
    }

    @Override
    public String toString() {
        return text();
    }

    private static IpNetwork masked(IpNetwork network) {
        byte[] bytes = network.address().getAddress();
        int bits = network.prefixLength();
        for (int i = 0; i < bytes.length; i++, bits -= 8) {
            if (bits <= 0) {
                bytes[i] = 0;
            } else if (bits < 8) {
                bytes[i] &= (byte) (0xff << (8 - bits));
            }
        }
        return new IpNetwork(address(bytes), network.prefixLength());
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes); // raw bytes: never a lookup
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
