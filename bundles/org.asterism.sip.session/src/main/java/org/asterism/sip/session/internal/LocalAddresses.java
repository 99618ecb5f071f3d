package org.asterism.sip.session.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Optional;
import org.asterism.sip.api.config.IpLiteral;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.transport.TransportConfig;

/** Which of our addresses a peer should send to: for signalling (Contact) and for media (SDP c=). */
final class LocalAddresses {

    private LocalAddresses() {
    }

    /**
     * The local address that reaches {@code peer}: {@code bound} itself unless it is a wildcard, else the one the
     * routing table picks (a connected datagram socket: no packet is sent, nothing waits).
     */
    static InetAddress towards(InetAddress bound, InetAddress peer) {
        if (!bound.isAnyLocalAddress()) {
            return bound;
        }
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(peer, 9);
            InetAddress local = probe.getLocalAddress();
            return local == null || local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : local;
        } catch (IOException | RuntimeException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    /**
     * The address for our SDP, as Asterisk chooses it: the endpoint's {@code media_address}; else the transport's
     * {@code external_media_address} for a peer outside its {@code local_net}; else the signalling address. Only IP
     * literals are taken from configuration (a host name would need a DNS query here).
     */
    static InetAddress forMedia(Endpoint endpoint, Optional<TransportConfig> transport, InetAddress signalling, InetAddress peer) {
        Optional<InetAddress> configured = literal(endpoint.options().getOrDefault("media_address", ""));
        if (configured.isPresent()) {
            return configured.get();
        }
        if (transport.isPresent() && !transport.get().localNets().isEmpty() && !transport.get().isLocal(peer)) {
            Optional<InetAddress> external = transport.get().externalMediaAddress().flatMap(LocalAddresses::literal);
            if (external.isPresent()) {
                return external.get();
            }
        }
        return signalling;
    }

    private static Optional<InetAddress> literal(String text) {
        return text.isBlank() ? Optional.empty() : IpLiteral.parse(text.trim());
    }
}
