package org.asterism.sip.registrar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;

import javax.sip.header.ContactHeader;
import javax.sip.message.Response;

import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.testing.RecordingRequestContext;
import org.junit.Test;

public class RegistrationAnswerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    /** A REGISTER to answer; the answer is only built here, never sent. */
    private static RecordingRequestContext register() {
        return RecordingRequestContext.parse("REGISTER sip:127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-answer-1\r\n"
                + "From: <sip:6001@127.0.0.1>;tag=1\r\nTo: <sip:6001@127.0.0.1>\r\nCall-ID: answer-1\r\nCSeq: 2 REGISTER\r\n"
                + "Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
    }

    private static Aor aor(List<String> staticContacts) {
        return new Aor("6001", 2, false, false, 60, 7200, 3600, 0, 3.0, false, staticContacts, List.of(), false, Optional.empty(), "",
                Map.of());
    }

    private static Contact bound(String uri, long secondsLeft) {
        return new Contact("6001", uri, NOW.plusSeconds(secondsLeft), List.of(), Optional.empty(), Optional.of("6001"), Optional.empty(),
                Optional.of("answer-1"), 2, Optional.empty(), 0, 3.0, false, Optional.empty());
    }

    private static List<ContactHeader> contacts(Response response) {
        List<ContactHeader> contacts = new ArrayList<>();
        ListIterator<?> headers = response.getHeaders(ContactHeader.NAME);
        while (headers.hasNext()) {
            contacts.add((ContactHeader) headers.next());
        }
        return contacts;
    }

    @Test
    public void listsEveryBindingWithItsExpiryThenTheStaticContactsWithoutOne() throws Exception {
        Response ok = RegistrationAnswer.ok(register(), List.of(bound("sip:6001@127.0.0.1:5061", 300)),
                aor(List.of("sip:desk@127.0.0.1:5999")), NOW);
        List<ContactHeader> listed = contacts(ok);
        assertEquals(2, listed.size());
        assertEquals("sip:6001@127.0.0.1:5061", listed.get(0).getAddress().getURI().toString());
        assertEquals(300, listed.get(0).getExpires());
        assertEquals("sip:desk@127.0.0.1:5999", listed.get(1).getAddress().getURI().toString());
        assertEquals("a static contact does not lapse: no expires", -1, listed.get(1).getExpires());
        assertNotNull("Date", ok.getHeader("Date"));
    }

    @Test
    public void anAorWithOnlyAStaticContactStillListsItAfterEveryBindingWentAway() throws Exception {
        List<ContactHeader> listed = contacts(RegistrationAnswer.ok(register(), List.of(), aor(List.of("sip:desk@127.0.0.1:5999")), NOW));
        assertEquals(1, listed.size());
        assertEquals("sip:desk@127.0.0.1:5999", listed.get(0).getAddress().getURI().toString());
    }
}
