package org.asterism.sip.core.internal.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.api.config.IpNetwork;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.pipeline.AuthenticationStage;
import org.asterism.sip.core.internal.pipeline.IdentificationStage;
import org.asterism.sip.core.internal.pipeline.ObserverBus;
import org.asterism.sip.core.internal.pipeline.OverloadGuard;
import org.asterism.sip.core.internal.pipeline.PipelineStages;
import org.asterism.sip.core.internal.pipeline.RequestPipeline;
import org.asterism.sip.core.internal.pipeline.SipServiceRegistry;
import org.asterism.sip.core.internal.pipeline.SupplementChain;
import org.asterism.sip.core.internal.stack.OpenTransport;
import org.asterism.sip.core.internal.stack.SipStackHolder;
import org.asterism.sip.core.internal.security.SecurityEventBus;
import org.asterism.sip.core.internal.security.SourceFilters;
import org.asterism.sip.core.internal.security.UnidentifiedRequests;
import org.asterism.sip.testing.FreePorts;
import org.asterism.sip.testing.MapConfigStore;

/**
 * The core's stack and pipeline wired by hand as DS would wire them, listening on a free loopback UDP port, with
 * a {@link SipClient} sending over that transport: tests answer its requests with a {@link LoopbackUas}.
 */
public final class ClientFixture implements AutoCloseable {

    public final SipStackHolder stack;
    public final RequestPipeline pipeline;
    public final OpenTransport udp;
    public final SipClient client;
    private final SipClientImpl impl;

    public ClientFixture() throws Exception {
        this(transport("127.0.0.1", freePort()));
    }

    ClientFixture(TransportConfig config) throws Exception {
        stack = new SipStackHolder();
        PipelineStages stages = new PipelineStages(new SipServiceRegistry(), new IdentificationStage(), new AuthenticationStage(),
                new ObserverBus(), new SupplementChain(), new SourceFilters(),
                new UnidentifiedRequests(new MapConfigStore(), new SecurityEventBus()));
        pipeline = new RequestPipeline(stack, stages, new OverloadGuard(stack, new MapConfigStore()));
        udp = stack.open(config, 5060, pipeline);
        impl = new SipClientImpl(stack, () -> List.of(udp));
        client = impl;
        awaitReceiving();
    }

    /**
     * Waits until the UDP transport has received a datagram. NIST's UDP processor creates its channels on its own
     * thread after {@code start()}, and a {@code stop()} before then fails (NPE or ConcurrentModificationException
     * in {@code UDPMessageProcessor.stop}); one answered request proves that thread is in its receive loop.
     */
    private void awaitReceiving() throws Exception {
        try (LoopbackUas warmUp = new LoopbackUas()) {
            client.send(client.newRequest("OPTIONS", client.addressFactory().createURI(warmUp.uri())))
                    .toCompletableFuture().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Registers an outbound authenticator with the client, as DS binds one (null: none). */
    public void outboundAuthenticator(org.asterism.sip.api.client.OutboundAuthenticator authenticator) {
        impl.setOutboundAuthenticator(authenticator);
    }

    static TransportConfig transport(String host, int port) throws IOException {
        return new TransportConfig("transport-udp", "udp", new InetSocketAddress(InetAddress.getByName(host), port),
                List.<IpNetwork>of(), Optional.empty(), 0, Optional.empty(), 0, 0);
    }

    static int freePort() throws IOException {
        return FreePorts.udpAndTcp();
    }

    @Override
    public void close() {
        impl.deactivate();
        stack.deactivate();
    }
}
