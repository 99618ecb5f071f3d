package org.asterism.sip.identifier.anonymous.internal;

import java.util.Optional;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;

/**
 * The host of a request's From URI when it is a {@code sip:} or {@code sips:} URI (Asterisk identifies nothing
 * from other schemes), IPv6 brackets removed as pjsip stores the host.
 */
final class FromHost {

    private FromHost() {
    }

    static Optional<String> of(Request request) {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        Address address = from == null ? null : from.getAddress();
        if (address == null || !(address.getURI() instanceof SipURI uri) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost();
        return Optional.of(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
    }
}
