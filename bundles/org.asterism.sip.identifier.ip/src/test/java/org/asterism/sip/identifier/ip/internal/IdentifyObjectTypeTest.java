package org.asterism.sip.identifier.ip.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.InvalidOptionException;
import org.junit.Test;

public class IdentifyObjectTypeTest {

    private final IdentifyObjectType type = new IdentifyObjectType();

    private Identify identify(String... lines) throws InvalidOptionException {
        FakeOptions options = FakeOptions.section("trunk", lines);
        Identify identify = type.create(options);
        assertEquals("every documented option is read", List.of(), options.unread());
        return identify;
    }

    private InvalidOptionException refused(String... lines) {
        try {
            type.create(FakeOptions.section("trunk", lines));
        } catch (InvalidOptionException e) {
            return e;
        }
        throw new AssertionError("accepted: " + List.of(lines));
    }

    private static List<String> rules(Identify identify) {
        return identify.match().addresses().stream().map(AddressRule::text).toList();
    }

    @Test
    public void isTheIdentifyType() {
        assertEquals("identify", type.name());
        assertFalse(type.singleton());
    }

    @Test
    public void addressesNetworksAndNetmasksOnSeveralLines() throws Exception {
        Identify identify = identify("type=identify", "endpoint=trunk", "match=192.0.2.1, 198.51.100.0/24",
                "match=10.1.2.3/255.0.0.0,,", "match=203.0.113.7/32");
        assertEquals("trunk", identify.endpoint());
        assertEquals(List.of("192.0.2.1/32", "198.51.100.0/24", "10.0.0.0/8", "203.0.113.7/32"), rules(identify));
        assertEquals(List.of(), identify.match().hosts());
        assertTrue("srv_lookups defaults to yes", identify.srvLookups());
        assertEquals(Optional.empty(), identify.matchHeader());
        assertEquals(Optional.empty(), identify.matchRequestUri());
    }

    @Test
    public void ipv6AddressesAndNetworks() throws Exception {
        Identify identify = identify("endpoint=trunk", "match=2001:db8::1,[2001:db8:0:0::2],2001:db8:1::/48,fd00::/8");
        assertEquals(List.of("2001:db8::1/128", "2001:db8::2/128", "2001:db8:1::/48", "fd00::/8"), rules(identify));
    }

    @Test
    public void sourcePortsAndExclusions() throws Exception {
        Identify identify = identify("endpoint=trunk", "match=3.2.1.0:5061/24,[2001:db8::1]:5060,!10.0.0.5,192.0.2.9:5080");
        assertEquals(List.of("3.2.1.0:5061/24", "[2001:db8::1]:5060/128", "!10.0.0.5/32", "192.0.2.9:5080/32"), rules(identify));
    }

    @Test
    public void hostNamesWaitForTheResolver() throws Exception {
        Identify identify = identify("endpoint=trunk", "match=sip.example.com, 192.0.2.1, sbc.example.net:5061", "srv_lookups=no");
        assertEquals(List.of(new HostName("sip.example.com", 0), new HostName("sbc.example.net", 5061)), identify.match().hosts());
        assertEquals(List.of("192.0.2.1/32"), rules(identify));
        assertFalse(identify.srvLookups());
    }

    @Test
    public void badNetmasksNameTheOptionAndValue() {
        InvalidOptionException e = refused("endpoint=trunk", "match=10.9.3.4/255.255.255.300");
        assertEquals("match", e.option());
        assertEquals("10.9.3.4/255.255.255.300", e.value());
        assertEquals("'255.255.255.300' is not an IP address", e.getMessage());

        e = refused("endpoint=trunk", "match=127.0.0.1/33");
        assertEquals("match", e.option());
        assertEquals("127.0.0.1/33", e.value());
        assertEquals("invalid prefix length '33'", e.getMessage());

        e = refused("endpoint=trunk", "match=10.0.0.0/255.0.255.0");
        assertEquals("netmask is not contiguous", e.getMessage());

        e = refused("endpoint=trunk", "match=2001:db8::/129");
        assertEquals("invalid prefix length '129'", e.getMessage());
    }

    @Test
    public void badAddressesNameTheOptionAndValue() {
        for (String bad : List.of("300.1.1.1", "10.1", "1.2.3.4.5", "2001:db8::zz", "host name", "!sip.example.com",
                "192.0.2.1:99999", "[2001:db8::1", "sip.example.com/24")) {
            InvalidOptionException e = refused("endpoint=trunk", "match=192.0.2.1," + bad);
            assertEquals(bad, "match", e.option());
            assertEquals(bad, bad, e.value());
        }
    }

    @Test
    public void headerAndRequestUriCriteria() throws Exception {
        Identify identify = identify("endpoint=trunk", "match_header=X-Account: trunk-7", "match_request_uri=/^sip:trunk@/");
        assertEquals("X-Account", identify.matchHeader().get().name());
        assertEquals("trunk-7", identify.matchHeader().get().value().literal());
        assertEquals("X-Account: trunk-7", identify.matchHeader().get().written());
        assertTrue(identify.matchRequestUri().get().regex().isPresent());
        assertTrue(identify.match().isEmpty());
    }

    @Test
    public void theEndpointIsRequired() {
        InvalidOptionException e = refused("match=192.0.2.1");
        assertEquals("endpoint", e.option());
        assertEquals("Identify 'trunk' missing required endpoint name", e.getMessage());
    }

    @Test
    public void somethingMustBeMatched() {
        InvalidOptionException e = refused("endpoint=trunk", "srv_lookups=yes");
        assertEquals("match", e.option());
        assertTrue(e.getMessage(), e.getMessage().startsWith("Identify 'trunk' is not configured to match anything"));
    }

    @Test
    public void badHeaderCriteria() {
        assertEquals("missing ':' separator between header name and value",
                refused("endpoint=trunk", "match_header=X-Account trunk").getMessage());
        assertEquals("no SIP header to match", refused("endpoint=trunk", "match_header=: trunk").getMessage());
        InvalidOptionException e = refused("endpoint=trunk", "match_header=X-Account: /tr(unk/");
        assertEquals("match_header", e.option());
        assertTrue(e.getMessage(), e.getMessage().startsWith("failed to compile regular expression 'tr(unk'"));
        e = refused("endpoint=trunk", "match_request_uri=/[/");
        assertEquals("match_request_uri", e.option());
    }

    @Test
    public void badSrvLookups() {
        InvalidOptionException e = refused("endpoint=trunk", "match=192.0.2.1", "srv_lookups=maybe");
        assertEquals("srv_lookups", e.option());
    }

    @Test
    public void anUnknownOptionIsLeftUnread() throws Exception {
        FakeOptions options = FakeOptions.section("trunk", "endpoint=trunk", "match=192.0.2.1", "awesomeness=11");
        type.create(options);
        assertEquals("the core reports it as unknown", List.of("awesomeness"), options.unread());
    }

    @Test
    public void lastValueWinsForSingleOptions() throws Exception {
        Identify identify = identify("endpoint=old", "endpoint=trunk", "match_header=X-A: 1", "match_header=X-B: 2");
        assertEquals("trunk", identify.endpoint());
        assertEquals("X-B", identify.matchHeader().get().name());
    }

    @Test
    public void aFailingOptionFailsTheWholeSection() {
        try {
            type.create(FakeOptions.section("trunk", "endpoint=trunk", "match=192.0.2.1,bad..name"));
            fail();
        } catch (InvalidOptionException e) {
            assertEquals("'bad..name' is neither an IP address nor a host name", e.getMessage());
        }
    }
}
