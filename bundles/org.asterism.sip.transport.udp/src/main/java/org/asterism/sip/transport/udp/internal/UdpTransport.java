package org.asterism.sip.transport.udp.internal;

import org.asterism.sip.api.transport.TransportProtocol;
import org.osgi.service.component.annotations.Component;

/**
 * Brings protocol=udp: while this module is loaded the core listens on every {@code type=transport}
 * section with {@code protocol=udp}; unloading it closes them and leaves other protocols alone.
 */
@Component(service = TransportProtocol.class)
public class UdpTransport implements TransportProtocol {

    @Override
    public String name() {
        return "udp";
    }

    @Override
    public boolean connectionOriented() {
        return false;
    }
}
