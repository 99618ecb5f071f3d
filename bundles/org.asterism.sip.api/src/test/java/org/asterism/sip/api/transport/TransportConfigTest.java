package org.asterism.sip.api.transport;

import static org.junit.Assert.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.IpNetwork;
import org.junit.Test;

public class TransportConfigTest {

    private final InetSocketAddress bound = new InetSocketAddress("192.168.1.10", 5060);

    private static TransportConfig natted(List<IpNetwork> localNets, int externalPort) {
        return new TransportConfig("t", "udp", new InetSocketAddress(5060), localNets, Optional.of("203.0.113.7"), externalPort,
                Optional.empty(), 0, 0);
    }

    @Test
    public void peersOutsideLocalNetSeeTheExternalAddress() throws Exception {
        TransportConfig config = natted(List.of(IpNetwork.parse("192.168.0.0/16")), 5070);
        InetSocketAddress advertised = config.advertisedTo(InetAddress.getByName("198.51.100.20"), bound);
        assertEquals("203.0.113.7", advertised.getHostString());
        assertEquals(5070, advertised.getPort());
    }

    @Test
    public void peersInsideLocalNetAndLoopbackSeeTheBoundAddress() throws Exception {
        TransportConfig config = natted(List.of(IpNetwork.parse("192.168.0.0/16")), 5070);
        assertEquals(bound, config.advertisedTo(InetAddress.getByName("192.168.7.7"), bound));
        assertEquals(bound, config.advertisedTo(InetAddress.getLoopbackAddress(), bound));
    }

    @Test
    public void withoutAnExternalPortTheBoundPortIsUsed() throws Exception {
        TransportConfig config = natted(List.of(IpNetwork.parse("10.0.0.0/8")), 0);
        assertEquals(5060, config.advertisedTo(InetAddress.getByName("198.51.100.20"), bound).getPort());
    }

    @Test
    public void withoutLocalNetTheExternalAddressIsNotUsedAsInAsterisk() throws Exception {
        TransportConfig config = natted(List.of(), 5070);
        assertEquals(bound, config.advertisedTo(InetAddress.getByName("198.51.100.20"), bound));
    }
}
