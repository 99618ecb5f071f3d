package org.asterism.sip.api.transport;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A transport protocol brought by a module ({@code res_pjsip_transport_udp} brings "udp"). The core
 * opens a listening point for every {@code type=transport} section whose {@code protocol=} names a
 * registered protocol, and closes them when the protocol's service goes away: unloading the module
 * stops the server listening on it.
 */
@ConsumerType
public interface TransportProtocol {

    /** The {@code protocol=} value, lower case: "udp", "tcp". */
    String name();

    /** The port used when {@code bind} names none. */
    default int defaultPort() {
        return 5060;
    }

    /** Whether it keeps connections (TCP, TLS), which decides how the core reuses them. */
    boolean connectionOriented();
}
