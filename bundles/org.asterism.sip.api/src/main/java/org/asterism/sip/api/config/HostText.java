package org.asterism.sip.api.config;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Addresses as operators read them: IPv6 in RFC 5952's short form ("::1", "[::]:5060"), IPv4 as is. */
public final class HostText {

    private HostText() {
    }

    public static String address(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952 §4.2.2: a single zero group is not shortened
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** "host:port", with IPv6 hosts in brackets. */
    public static String hostPort(InetAddress address, int port) {
        String host = address(address);
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }

    public static String hostPort(InetSocketAddress socketAddress) {
        return socketAddress.getAddress() == null ? socketAddress.getHostString() + ":" + socketAddress.getPort()
                : hostPort(socketAddress.getAddress(), socketAddress.getPort());
    }
}
