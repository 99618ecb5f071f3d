package org.asterism.sip.transport.tcp.internal;

import org.asterism.sip.api.transport.TransportProtocol;
import org.osgi.service.component.annotations.Component;

/**
 * Brings protocol=tcp: while this module is loaded the core listens on every {@code type=transport}
 * section with {@code protocol=tcp}; unloading it closes them and leaves other protocols alone.
 */
@Component(service = TransportProtocol.class)
public class TcpTransport implements TransportProtocol {

    @Override
    public String name() {
        return "tcp";
    }

    @Override
    public boolean connectionOriented() {
        return true;
    }
}
