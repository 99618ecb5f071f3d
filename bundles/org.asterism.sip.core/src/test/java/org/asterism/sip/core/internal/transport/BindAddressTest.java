package org.asterism.sip.core.internal.transport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;

import org.asterism.sip.api.config.InvalidOptionException;
import org.junit.Test;

public class BindAddressTest {

    @Test
    public void ipv4WithAndWithoutPort() throws Exception {
        assertEquals(new InetSocketAddress("0.0.0.0", 5060), BindAddress.parse("0.0.0.0:5060"));
        assertEquals(0, BindAddress.parse("127.0.0.1").getPort());
    }

    @Test
    public void ipv6InBracketsOrBare() throws Exception {
        InetSocketAddress bracketed = BindAddress.parse("[::]:5070");
        assertEquals(5070, bracketed.getPort());
        assertTrue(bracketed.getAddress().isAnyLocalAddress());
        InetSocketAddress bare = BindAddress.parse("::");
        assertEquals(0, bare.getPort());
        assertTrue(bare.getAddress().isAnyLocalAddress());
        assertEquals(16, BindAddress.parse("[::1]").getAddress().getAddress().length);
    }

    @Test
    public void hostNamesAndBadPortsAreRefusedWithTheOptionNamed() {
        InvalidOptionException name = assertThrows(InvalidOptionException.class, () -> BindAddress.parse("example.com:5060"));
        assertEquals("bind", name.option());
        assertThrows(InvalidOptionException.class, () -> BindAddress.parse("0.0.0.0:70000"));
        assertThrows(InvalidOptionException.class, () -> BindAddress.parse("[::1"));
    }
}
