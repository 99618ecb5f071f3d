package org.asterism.sip.caller.id.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

import javax.sip.header.Header;
import javax.sip.message.Request;

import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.junit.Test;

/** Our identity on the INVITEs of outgoing calls, as res_pjsip_caller_id's add_id_headers writes it. */
public class OutgoingCallerIdTest {

    private final CallerIdSupplement supplement = new CallerIdSupplement(new HeaderOnlyClient());

    private static Endpoint endpoint(boolean sendPai, String... options) {
        return IncomingCallerIdTest.endpoint(Optional.empty(), false, sendPai, options);
    }

    /** Our INVITE to the endpoint, From as the session wrote it, plus headers already there. */
    private static Request inviteFrom(String from, String... headers) {
        return IncomingCallerIdTest.invite(from, null, headers).request();
    }

    private static Request invite(String... headers) {
        return inviteFrom("\"Alice\" <sip:6001@192.0.2.1>", headers);
    }

    private Request send(Endpoint endpoint, PartyIdentity presented, Request request) {
        supplement.outgoingRequest(new FakeSipSession(endpoint, false, presented), request);
        return request;
    }

    private static List<String> headers(Request request, String name) {
        List<String> values = new ArrayList<>();
        ListIterator<?> headers = request.getHeaders(name);
        while (headers.hasNext()) {
            values.add(IdentityReader.value((Header) headers.next()));
        }
        return values;
    }

    @Test
    public void sendPaiAssertsWhoWeCallForOnTheFromUri() {
        Request invite = send(endpoint(true), new PartyIdentity("Alice", "6001", false), invite());

        assertEquals(List.of("\"Alice\" <sip:6001@192.0.2.1>"), headers(invite, "P-Asserted-Identity"));
        assertEquals(List.of(), headers(invite, "Privacy"));
        assertEquals(List.of(), headers(invite, "Remote-Party-ID"));
    }

    @Test
    public void theNumberReplacesTheFromUserAndANamelessIdentityHasNoDisplayName() {
        Request invite = send(endpoint(true), new PartyIdentity("", "+15551234567", false),
                inviteFrom("<sip:asterisk@pbx.example.com;user=phone>"));

        assertEquals(List.of("<sip:+15551234567@pbx.example.com;user=phone>"), headers(invite, "P-Asserted-Identity"));
    }

    @Test
    public void aRestrictedIdentityIsNotSentWithoutTrustIdOutbound() {
        Request invite = send(endpoint(true, "send_rpid", "yes"), new PartyIdentity("Alice", "6001", true), invite());

        assertEquals(List.of(), headers(invite, "P-Asserted-Identity"));
        assertEquals(List.of(), headers(invite, "Remote-Party-ID"));
        assertEquals(List.of(), headers(invite, "Privacy"));
    }

    @Test
    public void withTrustIdOutboundARestrictedIdentityGoesWithPrivacyId() {
        Request invite = send(endpoint(true, "trust_id_outbound", "yes"), new PartyIdentity("Alice", "6001", true),
                inviteFrom("\"Anonymous\" <sip:anonymous@anonymous.invalid>"));

        assertEquals("the real host, not the anonymous one", List.of("\"Alice\" <sip:6001@192.0.2.10>"),
                headers(invite, "P-Asserted-Identity"));
        assertEquals(List.of("id"), headers(invite, "Privacy"));
    }

    @Test
    public void fromDomainIsTheHostOfAnAnonymisedCallersIdentity() {
        Request invite = send(IncomingCallerIdTest.endpoint(Optional.empty(), false, true, "trust_id_outbound", "yes"),
                new PartyIdentity("", "6001", true), inviteFrom("\"Anonymous\" <sip:anonymous@anonymous.invalid>"));
        Endpoint withDomain = new Endpoint("6001", "default", List.of("6001"), List.of(), List.of(), List.of("username"),
                Optional.empty(), List.of("ulaw"), Optional.empty(), Optional.of("pbx.example.com"), List.of(), false,
                true, false, true, "rfc4733", Optional.empty(), false, true, "yes", 90, 1800, "yes", "", List.of(), "",
                java.util.Map.of("trust_id_outbound", "yes"));
        Request other = send(withDomain, new PartyIdentity("", "6001", true),
                inviteFrom("\"Anonymous\" <sip:anonymous@anonymous.invalid>"));

        assertEquals(List.of("<sip:6001@192.0.2.10>"), headers(invite, "P-Asserted-Identity"));
        assertEquals(List.of("<sip:6001@pbx.example.com>"), headers(other, "P-Asserted-Identity"));
    }

    @Test
    public void sendRpidAddsRemotePartyIdWithPartyPrivacyAndScreen() {
        Request allowed = send(endpoint(false, "send_rpid", "yes"), new PartyIdentity("Alice", "6001", false), invite());
        Request restricted = send(endpoint(false, "send_rpid", "yes", "trust_id_outbound", "yes"),
                new PartyIdentity("Alice", "6001", true), invite());

        assertEquals(List.of("\"Alice\" <sip:6001@192.0.2.1>;party=calling;privacy=off;screen=no"),
                headers(allowed, "Remote-Party-ID"));
        assertEquals(List.of("\"Alice\" <sip:6001@192.0.2.1>;party=calling;privacy=full;screen=no"),
                headers(restricted, "Remote-Party-ID"));
        assertEquals("Privacy: id only goes with P-Asserted-Identity", List.of(), headers(restricted, "Privacy"));
        assertEquals(List.of(), headers(allowed, "P-Asserted-Identity"));
    }

    @Test
    public void headersAlreadyThereAreReplacedAndAnOldPrivacyRemovedForAnAllowedIdentity() {
        Request reinvite = send(endpoint(true), new PartyIdentity("Alice", "6001", false),
                invite("P-Asserted-Identity: <sip:9999@192.0.2.1>", "Privacy: id"));

        assertEquals(List.of("\"Alice\" <sip:6001@192.0.2.1>"), headers(reinvite, "P-Asserted-Identity"));
        assertEquals(List.of(), headers(reinvite, "Privacy"));
    }

    @Test
    public void namesAreEscapedInTheirQuotes() {
        Request invite = send(endpoint(true), new PartyIdentity("Bob \"The Boss\"", "100", false), invite());

        assertEquals(List.of("\"Bob \\\"The Boss\\\"\" <sip:100@192.0.2.1>"), headers(invite, "P-Asserted-Identity"));
    }

    @Test
    public void nothingIsAssertedWithoutANumberOrWithoutSendPai() {
        assertEquals(List.of(), headers(send(endpoint(true), new PartyIdentity("Alice", "", false), invite()),
                "P-Asserted-Identity"));
        assertEquals(List.of(), headers(send(endpoint(false), new PartyIdentity("Alice", "6001", false), invite()),
                "P-Asserted-Identity"));
    }

    @Test
    public void requestsOfInboundCallsAreLeftAlone() {
        Request reinvite = invite();
        supplement.outgoingRequest(new FakeSipSession(endpoint(true), true, new PartyIdentity("Alice", "6001", false)),
                reinvite);

        assertNull(reinvite.getHeader("P-Asserted-Identity"));
    }
}
