package org.asterism.sip.location.internal;

import static org.asterism.sip.location.internal.Fixtures.everyField;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.location.Contact;
import org.junit.Test;

public class ContactCodecTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:15:30.123456789Z");

    private static Contact withSource(String uri, Optional<InetSocketAddress> source) {
        return new Contact("alice", uri, AT, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, source, 0, 3.0, false, Optional.empty());
    }

    private static List<Contact> roundTrip(List<Contact> contacts) {
        return ContactCodec.decode(ContactCodec.encode(contacts));
    }

    @Test
    public void everyFieldComesBackAsItWent() {
        Contact c = everyField("alice", "sip:alice@[2001:db8::10]:5062;transport=tcp;ob", AT);
        Contact back = roundTrip(List.of(c)).get(0);
        assertEquals(c, back);
        // field by field too, so a failure names the field
        assertEquals(c.path(), back.path());
        assertEquals(c.userAgent(), back.userAgent());
        assertEquals(c.viaAddress(), back.viaAddress());
        assertEquals(c.callId(), back.callId());
        assertEquals(c.cseq(), back.cseq());
        assertEquals(c.source(), back.source());
        assertEquals(c.qualifyFrequency(), back.qualifyFrequency());
        assertEquals(c.qualifyTimeout(), back.qualifyTimeout(), 0.0);
        assertEquals(c.authenticateQualify(), back.authenticateQualify());
        assertEquals(c.outboundProxy(), back.outboundProxy());
        assertEquals("expiry to the nanosecond", AT, back.expiresAt());
    }

    @Test
    public void emptyOptionalsAndAnEmptyPathStayEmpty() {
        Contact bare = withSource("sip:alice@192.0.2.10", Optional.empty());
        assertEquals(List.of(bare), roundTrip(List.of(bare)));
    }

    @Test
    public void ipv4Ipv6ScopedAndUnresolvedSourcesComeBack() throws Exception {
        InetAddress linkLocal = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 2);
        List<Contact> contacts = List.of(
                withSource("sip:a@v4", Optional.of(new InetSocketAddress("198.51.100.7", 65535))),
                withSource("sip:a@v6", Optional.of(new InetSocketAddress("2001:db8::1", 5060))),
                withSource("sip:a@scoped", Optional.of(new InetSocketAddress(linkLocal, 5060))),
                withSource("sip:a@name", Optional.of(InetSocketAddress.createUnresolved("phone.example.com", 5061))));
        List<Contact> back = roundTrip(contacts);
        assertEquals(contacts, back);
        assertEquals(2, ((Inet6Address) back.get(2).source().get().getAddress()).getScopeId());
        assertTrue(back.get(3).source().get().isUnresolved());
        assertEquals("phone.example.com", back.get(3).source().get().getHostString());
    }

    @Test
    public void manyContactsKeepTheirOrder() {
        List<Contact> contacts = List.of(everyField("alice", "sip:1@x", AT), withSource("sip:2@x", Optional.empty()),
                everyField("alice", "sip:3@x", AT.plusSeconds(5)));
        assertEquals(contacts, roundTrip(contacts));
        assertEquals(List.of(), roundTrip(List.of()));
    }

    @Test
    public void theFirstByteIsTheFormatAndAnUnknownOneIsRefused() {
        byte[] bytes = ContactCodec.encode(List.of(everyField("alice", "sip:1@x", AT)));
        assertEquals(ContactCodec.FORMAT_1, bytes[0]);
        bytes[0] = 9;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContactCodec.decode(bytes));
        assertEquals("unknown contact format 9", e.getMessage());
    }

    @Test
    public void truncatedOrPaddedBytesAreRefused() {
        byte[] bytes = ContactCodec.encode(List.of(everyField("alice", "sip:1@x", AT)));
        assertThrows(IllegalArgumentException.class, () -> ContactCodec.decode(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> ContactCodec.decode(Arrays.copyOf(bytes, bytes.length + 1)));
        assertThrows(IllegalArgumentException.class, () -> ContactCodec.decode(new byte[0]));
    }
}
