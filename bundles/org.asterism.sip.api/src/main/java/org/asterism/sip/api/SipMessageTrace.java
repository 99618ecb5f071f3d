package org.asterism.sip.api;

import java.net.InetSocketAddress;

/**
 * One SIP message as it crossed the wire.
 *
 * @param direction received or sent
 * @param transport "UDP", "TCP"
 * @param remote the peer's address and port
 * @param request true for a request, false for a response
 * @param text the message as text, headers and body
 * @param length its size in bytes on the wire
 */
public record SipMessageTrace(Direction direction, String transport, InetSocketAddress remote, boolean request,
        String text, int length) {

    public enum Direction {
        RECEIVED, SENT
    }
}
