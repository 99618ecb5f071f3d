package org.asterism.sip.session.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import org.asterism.sip.api.config.IpLiteral;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SipSession;
import org.asterism.sip.session.api.SipSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Makes outgoing sessions (the channel driver's Dial) and lists the live ones. */
@Component(service = SipSessions.class)
public class OutboundSessions implements SipSessions {

    private final SessionRuntime runtime;

    @Activate
    public OutboundSessions(@Reference SessionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public SipSession create(Endpoint endpoint, URI target, PartyIdentity caller) {
        InetAddress peer = target instanceof SipURI sip ? IpLiteral.parse(sip.getHost()).orElse(InetAddress.getLoopbackAddress())
                : InetAddress.getLoopbackAddress();
        int port = target instanceof SipURI sip && sip.getPort() > 0 ? sip.getPort() : 5060;
        InetAddress signalling = LocalAddresses.towards(wildcard(peer), peer);
        InetAddress media = LocalAddresses.forMedia(endpoint, Optional.empty(), signalling, peer);
        return new OutboundSession(runtime.services(), endpoint, target, new InetSocketAddress(peer, port), media, caller);
    }

    private static InetAddress wildcard(InetAddress peer) {
        return peer instanceof java.net.Inet6Address ? IpLiteral.parse("::").orElseThrow() : IpLiteral.parse("0.0.0.0").orElseThrow();
    }

    @Override
    public List<SipSession> list() {
        return List.copyOf(runtime.services().directory().list());
    }
}
