package org.asterism.sip.core.internal.client;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import gov.nist.javax.sip.message.MessageExt;
import org.asterism.sip.api.client.RequestFailedException.Failure;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.config.IpLiteral;
import org.asterism.sip.core.internal.stack.OpenTransport;

/**
 * Builds the requests of the {@link SipClientImpl}, as pjsip's {@code pjsip_endpt_create_request}: the transport
 * object is chosen here and remembered on the request (its application data) for {@code send}.
 */
final class OutOfDialogRequests {

    /** Asterisk's {@code default_from_user}. */
    static final String FROM_USER = "asterisk";

    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final TransportDirectory transports;

    OutOfDialogRequests(AddressFactory addresses, HeaderFactory headers, MessageFactory messages, TransportDirectory transports) {
        this.addresses = addresses;
        this.headers = headers;
        this.messages = messages;
        this.transports = transports;
    }

    Request create(String method, URI target, Optional<String> transportId) throws RequestFailedException {
        if (!(target instanceof SipURI sipTarget)) {
            throw new RequestFailedException(Failure.INVALID_TARGET, "not a sip: or sips: URI: " + target);
        }
        SipURI requestUri = (SipURI) sipTarget.clone();
        OpenTransport transport = choose(requestUri, transportId);
        String protocol = transport.config().protocol().toLowerCase(Locale.ROOT);
        InetAddress peer = resolve(requestUri.getHost());
        InetSocketAddress sentBy = transport.config().advertisedTo(peer, local(transport.bound(), peer));
        String host = sentBy.isUnresolved() ? sentBy.getHostString() : sentBy.getAddress().getHostAddress();
        try {
            if (requestUri.getTransportParam() == null && !"udp".equals(protocol)) {
                requestUri.setTransportParam(protocol); // else the stack would send it over UDP
            }
            ViaHeader via = headers.createViaHeader(host, sentBy.getPort(), transport.transportName(), null);
            via.setRPort();
            SipURI fromUri = addresses.createSipURI(FROM_USER, host);
            Address from = addresses.createAddress(fromUri);
            SipURI contactUri = addresses.createSipURI(FROM_USER, host);
            contactUri.setPort(sentBy.getPort());
            if (!"udp".equals(protocol)) {
                contactUri.setTransportParam(protocol);
            }
            Request request = messages.createRequest(requestUri, method,
                    headers.createCallIdHeader(UUID.randomUUID().toString()), headers.createCSeqHeader(1L, method),
                    headers.createFromHeader(from, Long.toHexString(ThreadLocalRandom.current().nextLong())),
                    headers.createToHeader(addresses.createAddress(sipTarget), null), List.of(via), headers.createMaxForwardsHeader(70));
            request.addHeader(headers.createContactHeader(addresses.createAddress(contactUri)));
            ((MessageExt) request).setApplicationData(transport.config().id());
            return request;
        } catch (ParseException | InvalidArgumentException e) {
            throw new RequestFailedException(Failure.INVALID_TARGET, "cannot build " + method + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The transport object {@link #create} chose for the request; else the first for its Request-URI. */
    OpenTransport transportOf(Request request) throws RequestFailedException {
        Object chosen = request instanceof MessageExt ext ? ext.getApplicationData() : null;
        URI uri = request.getRequestURI();
        if (chosen instanceof String id) {
            return choose(uri instanceof SipURI sip ? sip : null, Optional.of(id));
        }
        if (!(uri instanceof SipURI sip)) {
            throw new RequestFailedException(Failure.INVALID_TARGET, "not a sip: or sips: URI: " + uri);
        }
        return choose(sip, Optional.empty());
    }

    private OpenTransport choose(SipURI target, Optional<String> transportId) throws RequestFailedException {
        List<OpenTransport> listening = transports.listening();
        if (transportId.isPresent()) {
            String id = transportId.get();
            return listening.stream().filter(transport -> transport.config().id().equals(id)).findFirst()
                    .orElseThrow(() -> new RequestFailedException(Failure.NO_TRANSPORT, "transport '" + id + "' is not listening"));
        }
        String protocol = protocolOf(target);
        return listening.stream().filter(transport -> transport.config().protocol().equalsIgnoreCase(protocol)).findFirst()
                .orElseThrow(() -> new RequestFailedException(Failure.NO_TRANSPORT, "no " + protocol + " transport is listening"));
    }

    /** The target's {@code transport} parameter; else TLS for sips:, UDP for sip: (RFC 3263 without NAPTR). */
    static String protocolOf(SipURI target) {
        String param = target == null ? null : target.getTransportParam();
        if (param != null) {
            return param.toLowerCase(Locale.ROOT);
        }
        return target != null && target.isSecure() ? "tls" : "udp";
    }

    private static InetAddress resolve(String host) throws RequestFailedException {
        Optional<InetAddress> literal = IpLiteral.parse(host);
        if (literal.isPresent()) {
            return literal.get();
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new RequestFailedException(Failure.INVALID_TARGET, "cannot resolve " + host, e);
        }
    }

    /** The bound address, or for a wildcard bind the local address the system would send to {@code peer} from. */
    private static InetSocketAddress local(InetSocketAddress bound, InetAddress peer) {
        if (!bound.getAddress().isAnyLocalAddress()) {
            return bound;
        }
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(peer, 9); // no packet is sent: this only asks the routing table
            InetAddress source = probe.getLocalAddress();
            if (source != null && !source.isAnyLocalAddress()) {
                return new InetSocketAddress(source, bound.getPort());
            }
        } catch (IOException e) {
            // no route: fall through
        }
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), bound.getPort());
    }
}
