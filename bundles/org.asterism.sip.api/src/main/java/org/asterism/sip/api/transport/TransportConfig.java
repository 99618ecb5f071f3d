package org.asterism.sip.api.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.IpNetwork;

/**
 * A {@code type=transport} section.
 *
 * @param id the section name
 * @param protocol "udp", "tcp", ... as written in {@code protocol=}
 * @param bind the address and port to listen on; port 0 means the protocol's default
 * @param localNets networks that reach us directly ({@code local_net}); others see the external addresses
 * @param externalSignalingAddress {@code external_signaling_address}, if set
 * @param externalSignalingPort {@code external_signaling_port}, 0 when unset
 * @param externalMediaAddress {@code external_media_address}, if set
 * @param tos the IP TOS byte for signalling ({@code tos}, DSCP names already converted)
 * @param cos the 802.1p class of service ({@code cos})
 */
public record TransportConfig(String id, String protocol, InetSocketAddress bind, List<IpNetwork> localNets,
        Optional<String> externalSignalingAddress, int externalSignalingPort, Optional<String> externalMediaAddress,
        int tos, int cos) {

    public static final String TYPE = "transport";

    public TransportConfig {
        localNets = List.copyOf(localNets);
    }

    /** Whether a peer at this address is on a local network and so sees our bound address. */
    public boolean isLocal(InetAddress peer) {
        return peer.isLoopbackAddress() || localNets.stream().anyMatch(net -> net.contains(peer));
    }

    /**
     * The host and port to put in Via and Contact for a message to {@code peer}: the external signalling
     * address and port for a peer outside {@code local_net}, else the bound ones. Asterisk applies the
     * external address only when {@code local_net} is set, and so does this.
     */
    public InetSocketAddress advertisedTo(InetAddress peer, InetSocketAddress bound) {
        if (externalSignalingAddress.isEmpty() || localNets.isEmpty() || isLocal(peer)) {
            return bound;
        }
        int port = externalSignalingPort != 0 ? externalSignalingPort : bound.getPort();
        return InetSocketAddress.createUnresolved(externalSignalingAddress.get(), port);
    }
}
