package org.asterism.sip.api.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;

import org.junit.Test;

public class IpNetworkTest {

    @Test
    public void cidrMatchesItsNetworkOnly() throws Exception {
        IpNetwork net = IpNetwork.parse("10.24.16.0/20");
        assertTrue(net.contains(InetAddress.getByName("10.24.31.255")));
        assertFalse(net.contains(InetAddress.getByName("10.24.32.0")));
    }

    @Test
    public void aBareAddressIsOneHost() throws Exception {
        IpNetwork host = IpNetwork.parse("10.24.16.36");
        assertEquals(32, host.prefixLength());
        assertFalse(host.contains(InetAddress.getByName("10.24.16.37")));
    }

    @Test
    public void dottedNetmasksAndIpv6Work() throws Exception {
        assertEquals(8, IpNetwork.parse("10.0.0.0/255.0.0.0").prefixLength());
        assertTrue(IpNetwork.parse("fd00::/8").contains(InetAddress.getByName("fd12::1")));
        assertFalse(IpNetwork.parse("fd00::/8").contains(InetAddress.getByName("10.0.0.1")));
    }

    @Test
    public void theMistakesTheAsteriskWikiWarnsAboutAreRefused() {
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("10.9.3.4/255.255.255.300"));
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("127.0.0.1/33"));
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("pbx.example.com"));
        // not a literal, and must not be handed to DNS either (InetAddress.getByName would look it up)
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("300.1.1.1"));
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("10.1"));
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("fd00::zz/8"));
        assertThrows(InvalidOptionException.class, () -> IpNetwork.parse("10.0.0.0/255.0.255.0"));
    }
}
