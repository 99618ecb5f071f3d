package org.asterism.sip.caller.id.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionSupplement;
import org.asterism.sip.testing.RecordingRequestContext;
import org.junit.Test;

/** Who is calling, read from an incoming INVITE as Asterisk's ast_sip_set_id_from_invite reads it. */
public class IncomingCallerIdTest {

    private final CallerIdSupplement supplement = new CallerIdSupplement(new HeaderOnlyClient());

    /** An endpoint with Asterisk's defaults but for these: callerid, trust_id_inbound and options. */
    static Endpoint endpoint(Optional<String> callerid, boolean trustInbound, boolean sendPai, String... options) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < options.length; i += 2) {
            map.put(options[i], options[i + 1]);
        }
        return new Endpoint("6001", "default", List.of("6001"), List.of(), List.of(), List.of("username"),
                Optional.empty(), List.of("ulaw"), Optional.empty(), Optional.empty(), List.of(), false, true, false,
                true, "rfc4733", callerid, trustInbound, sendPai, "yes", 90, 1800, "yes", "", List.of(), "", map);
    }

    /** An INVITE from "Alice" 6001 (or the From given), with extra headers; a To tag makes it a re-INVITE. */
    static RecordingRequestContext invite(String from, String toTag, String... headers) {
        StringBuilder text = new StringBuilder("INVITE sip:100@192.0.2.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-caller-id\r\nMax-Forwards: 70\r\n"
                + "From: " + from + ";tag=from-1\r\nTo: <sip:100@192.0.2.1>" + (toTag == null ? "" : ";tag=" + toTag)
                + "\r\nCall-ID: caller-id-1@192.0.2.10\r\nCSeq: 1 INVITE\r\nContact: <sip:6001@192.0.2.10:5060>\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        return RecordingRequestContext.parse(text.append("Content-Length: 0\r\n\r\n").toString());
    }

    private PartyIdentity caller(Endpoint endpoint, String... headers) {
        return callerFrom(endpoint, "\"Alice\" <sip:6001@192.0.2.10>", headers);
    }

    private PartyIdentity callerFrom(Endpoint endpoint, String from, String... headers) {
        FakeSipSession session = new FakeSipSession(endpoint, true, null);
        assertFalse("caller ID never answers a request", supplement.incomingRequest(session, invite(from, null, headers)));
        assertEquals(1, session.identitiesSet.size());
        return session.remoteIdentity();
    }

    @Test
    public void runsJustBeforeTheChannelOnInviteAndUpdate() {
        assertEquals(SessionSupplement.PRIORITY_CHANNEL - 1000, supplement.priority());
        assertEquals(java.util.Set.of("INVITE", "UPDATE"), supplement.methods());
    }

    @Test
    public void untrustedCallersAreWhoTheirFromSaysWhateverTheyAssert() {
        PartyIdentity caller = caller(endpoint(Optional.empty(), false, false),
                "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>", "Remote-Party-ID: <sip:200@192.0.2.10>",
                "Privacy: id");

        assertEquals(new PartyIdentity("Alice", "6001", false), caller);
    }

    @Test
    public void trustedCallersAreWhoPAssertedIdentitySays() {
        Endpoint trusting = endpoint(Optional.empty(), true, false);

        assertEquals(new PartyIdentity("Boss", "100", false),
                caller(trusting, "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>",
                        "Remote-Party-ID: <sip:200@192.0.2.10>"));
        assertEquals(new PartyIdentity("Boss", "100", true),
                caller(trusting, "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>", "Privacy: id"));
        assertEquals(new PartyIdentity("Boss", "100", false),
                caller(trusting, "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>", "Privacy: none"));
    }

    @Test
    public void withoutPAssertedIdentityATrustedRemotePartyIdCounts() {
        Endpoint trusting = endpoint(Optional.empty(), true, false);

        assertEquals(new PartyIdentity("Desk", "200", true), caller(trusting,
                "Remote-Party-ID: \"Desk\" <sip:200@192.0.2.10>;party=calling;privacy=full;screen=yes"));
        assertEquals(new PartyIdentity("", "200", false),
                caller(trusting, "Remote-Party-ID: <sip:200@192.0.2.10>;privacy=off", "Privacy: id"));
    }

    @Test
    public void anAssertedIdentityWithoutANumberFallsBackToTheNextSource() {
        Endpoint trusting = endpoint(Optional.empty(), true, false);

        assertEquals(new PartyIdentity("Desk", "200", false), caller(trusting,
                "P-Asserted-Identity: \"Nobody\" <sip:192.0.2.10>", "Remote-Party-ID: \"Desk\" <sip:200@192.0.2.10>"));
        assertEquals(new PartyIdentity("Alice", "6001", false),
                caller(trusting, "P-Asserted-Identity: \"Nobody\" <sip:192.0.2.10>"));
    }

    @Test
    public void theNumberIsCutAtASemicolonAndTelUrisGiveTheirNumber() {
        Endpoint trusting = endpoint(Optional.empty(), true, false);

        assertEquals("1235557890", callerFrom(trusting, "\"Bob\" <sip:1235557890;phone-context=national@192.0.2.10;user=phone>")
                .number());
        assertEquals(new PartyIdentity("", "+15551234567", false),
                caller(trusting, "P-Asserted-Identity: <tel:+15551234567>"));
        assertEquals(new PartyIdentity("Boss", "100", false),
                caller(trusting, "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>, <tel:+15551234567>"));
    }

    @Test
    public void theEndpointsCalleridReplacesFromUnlessATrustedIdentityWasAsserted() {
        Endpoint fixed = endpoint(Optional.of("\"Reception\" <6000>"), false, false);
        assertEquals(new PartyIdentity("Reception", "6000", false), caller(fixed));

        Endpoint numberOnly = endpoint(Optional.of("<6000>"), false, false);
        assertEquals("the From display name goes with it", new PartyIdentity("", "6000", false), caller(numberOnly));

        Endpoint trusting = endpoint(Optional.of("\"Reception\" <6000>"), true, false);
        assertEquals(new PartyIdentity("Boss", "100", false),
                caller(trusting, "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>"));
        assertEquals(new PartyIdentity("Reception", "6000", false), caller(trusting));
    }

    @Test
    public void aCalleridWithOnlyANameLeavesTheCallerToFrom() {
        assertEquals(new PartyIdentity("Alice", "6001", false),
                caller(endpoint(Optional.of("Reception"), false, false)));
    }

    @Test
    public void calleridPrivacyRestrictsWhatFromOrCalleridGives() {
        assertEquals(new PartyIdentity("Alice", "6001", true),
                caller(endpoint(Optional.empty(), false, false, "callerid_privacy", "prohib_not_screened")));
        assertEquals(new PartyIdentity("Reception", "6000", true), caller(endpoint(Optional.of("Reception <6000>"),
                false, false, "callerid_privacy", "unavailable")));
        assertEquals(new PartyIdentity("Alice", "6001", false),
                caller(endpoint(Optional.empty(), false, false, "callerid_privacy", "allowed_passed_screen")));
        assertEquals("a trusted assertion brings its own privacy", new PartyIdentity("Boss", "100", false),
                caller(endpoint(Optional.empty(), true, false, "callerid_privacy", "prohib"),
                        "P-Asserted-Identity: \"Boss\" <sip:100@192.0.2.10>"));
    }

    @Test
    public void anAnonymousFromGivesItsUserAsNumberAsAsteriskDoes() {
        assertEquals(new PartyIdentity("Anonymous", "anonymous", false),
                callerFrom(endpoint(Optional.empty(), false, false), "\"Anonymous\" <sip:anonymous@anonymous.invalid>"));
    }

    @Test
    public void aTrustedReinviteAssertingSomeoneElseUpdatesTheCaller() {
        FakeSipSession session = new FakeSipSession(endpoint(Optional.empty(), true, false), true,
                new PartyIdentity("Alice", "6001", false));

        supplement.incomingRequest(session, invite("\"Alice\" <sip:6001@192.0.2.10>", "to-1",
                "P-Asserted-Identity: \"Transfer\" <sip:7000@192.0.2.10>"));
        assertEquals(new PartyIdentity("Transfer", "7000", false), session.remoteIdentity());

        supplement.incomingRequest(session, invite("\"Alice\" <sip:6001@192.0.2.10>", "to-1",
                "P-Asserted-Identity: <sip:7000@192.0.2.10>"));
        assertEquals("the same number without a name is no change", 1, session.identitiesSet.size());

        supplement.incomingRequest(session, invite("\"Alice\" <sip:6001@192.0.2.10>", "to-1"));
        assertEquals("From never changes the caller mid-call", 1, session.identitiesSet.size());
    }

    @Test
    public void reinvitesAreNotFollowedWithoutTrustOrWithTrustConnectedLineOff() {
        for (Endpoint endpoint : List.of(endpoint(Optional.empty(), false, false),
                endpoint(Optional.empty(), true, false, "trust_connected_line", "no"))) {
            FakeSipSession session = new FakeSipSession(endpoint, true, new PartyIdentity("Alice", "6001", false));
            supplement.incomingRequest(session, invite("\"Alice\" <sip:6001@192.0.2.10>", "to-1",
                    "P-Asserted-Identity: \"Transfer\" <sip:7000@192.0.2.10>"));
            assertTrue(session.identitiesSet.isEmpty());
        }
    }
}
