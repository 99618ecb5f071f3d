package org.asterism.sip.identifier.ip.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

import org.asterism.sip.testing.FakeRequestContext;

/** Requests as the IP identifiers see them: the shared fake, from a chosen source address. */
final class Requests {

    private static final String CALLER = "sip:caller@192.0.2.10";

    private Requests() {
    }

    /** An OPTIONS to {@code requestUri} from the literal address {@code host} and {@code port}, plus any headers. */
    static FakeRequestContext request(String requestUri, String host, int port, String... extraHeaders) {
        return FakeRequestContext.request(requestUri, CALLER, new InetSocketAddress(literal(host), port), extraHeaders);
    }

    static FakeRequestContext from(String host, int port, String... extraHeaders) {
        return request("sip:asterism@192.0.2.1", host, port, extraHeaders);
    }

    static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host); // tests pass literals only: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(host, e);
        }
    }
}
