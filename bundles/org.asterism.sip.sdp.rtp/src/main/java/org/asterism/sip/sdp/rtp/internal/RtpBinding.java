package org.asterism.sip.sdp.rtp.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;

import org.asterism.sip.api.config.IpLiteral;

/**
 * Where RTP sockets are bound: to the session's media address when this host has it, as the session API asks; else
 * (an external_media_address or a media_address behind NAT, which cannot be bound) to the wildcard of its family, as
 * Asterisk binds RTP to its wildcard {@code address_rtp} unless told otherwise.
 */
final class RtpBinding {

    private RtpBinding() {
    }

    static InetAddress bindAddress(InetAddress mediaAddress) {
        if (mediaAddress.isAnyLocalAddress() || mediaAddress.isLoopbackAddress()) {
            return mediaAddress;
        }
        try {
            if (NetworkInterface.getByInetAddress(mediaAddress) != null) {
                return mediaAddress;
            }
        } catch (SocketException e) {
            // fall through to the wildcard
        }
        return IpLiteral.parse(mediaAddress instanceof Inet6Address ? "::" : "0.0.0.0").orElseThrow();
    }
}
