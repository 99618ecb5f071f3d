package org.asterism.sip.api.config;

import static org.junit.Assert.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.junit.Test;

public class HostTextTest {

    private static String text(String literal) throws Exception {
        return HostText.address(InetAddress.getByName(literal));
    }

    @Test
    public void ipv6IsShortenedAsRfc5952Says() throws Exception {
        assertEquals("::", text("0:0:0:0:0:0:0:0"));
        assertEquals("::1", text("0:0:0:0:0:0:0:1"));
        assertEquals("2001:db8::1", text("2001:0db8:0:0:0:0:0:1"));
        assertEquals("2001:db8:0:1:1:1:1:1", text("2001:db8:0:1:1:1:1:1"));
        assertEquals("2001:0:0:1::1", text("2001:0:0:1:0:0:0:1"));
        assertEquals("fe80::", text("fe80:0:0:0:0:0:0:0"));
    }

    @Test
    public void hostPortBracketsIpv6Only() throws Exception {
        assertEquals("[::]:5060", HostText.hostPort(new InetSocketAddress("::", 5060)));
        assertEquals("127.0.0.1:5061", HostText.hostPort(new InetSocketAddress("127.0.0.1", 5061)));
    }
}
