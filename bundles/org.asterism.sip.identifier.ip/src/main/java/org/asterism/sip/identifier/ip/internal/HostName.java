package org.asterism.sip.identifier.ip.internal;

/**
 * A host name written in an identify's {@code match}, resolved off the SIP threads by {@link HostResolver}.
 *
 * @param name the name as written, without port
 * @param port the source port written after it ("sbc.example.com:5061"), 0 for any; a port also turns SRV
 *        lookups off for this name, as in Asterisk
 */
public record HostName(String name, int port) {

    /** As written: "sbc.example.com" or "sbc.example.com:5061". */
    public String text() {
        return port == 0 ? name : name + ":" + port;
    }

    @Override
    public String toString() {
        return text();
    }
}
