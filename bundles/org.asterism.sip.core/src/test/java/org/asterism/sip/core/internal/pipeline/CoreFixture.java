package org.asterism.sip.core.internal.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.SipService;
import org.asterism.sip.api.config.IpNetwork;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.options.OptionsService;
import org.asterism.sip.core.internal.security.SecurityEventBus;
import org.asterism.sip.core.internal.security.SourceFilters;
import org.asterism.sip.core.internal.security.UnidentifiedRequests;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.asterism.sip.testing.FreePorts;
import org.asterism.sip.testing.MapConfigStore;
import org.osgi.framework.Constants;

/**
 * The core's pipeline wired by hand as DS would wire it, on a real JAIN-SIP stack listening on a free
 * loopback UDP port: tests speak SIP to it with a {@link UdpPeer}.
 */
final class CoreFixture implements AutoCloseable {

    final SipServiceRegistry services = new SipServiceRegistry();
    final IdentificationStage identification = new IdentificationStage();
    final AuthenticationStage authentication = new AuthenticationStage();
    final ObserverBus observers = new ObserverBus();
    final SupplementChain supplements = new SupplementChain();
    final SecurityEventBus securityEvents = new SecurityEventBus();
    final SourceFilters sourceFilters = new SourceFilters();
    final PipelineStages stages = new PipelineStages(services, identification, authentication, observers, supplements,
            sourceFilters, new UnidentifiedRequests(new MapConfigStore(), securityEvents));
    final SipStackHolder stack;
    final OverloadGuard overload;
    final RequestPipeline pipeline;
    final OpenTransport udp;
    private long nextServiceId = 1;

    CoreFixture() throws Exception {
        stack = new SipStackHolder();
        overload = new OverloadGuard(stack::receiveBacklogMillis, new MapConfigStore());
        pipeline = new RequestPipeline(stack, stages, overload);
        udp = stack.open(transport("127.0.0.1", freePort()), 5060, pipeline);
        addService(new OptionsService(), 0);
    }

    static TransportConfig transport(String host, int port) throws IOException {
        return new TransportConfig("transport-udp", "udp", new InetSocketAddress(InetAddress.getByName(host), port),
                List.<IpNetwork>of(), Optional.empty(), 0, Optional.empty(), 0, 0);
    }

    void addService(SipService service, int ranking) {
        services.addService(service, Map.of(Constants.SERVICE_RANKING, ranking, Constants.SERVICE_ID, nextServiceId++));
    }

    UdpPeer peer() throws IOException {
        return new UdpPeer(udp.bound());
    }

    static int freePort() throws IOException {
        return FreePorts.udpAndTcp();
    }

    @Override
    public void close() {
        stack.deactivate();
    }
}
