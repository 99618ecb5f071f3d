package org.asterism.sip.session.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sip.message.Request;
import org.asterism.sip.api.endpoint.Endpoint;
import org.junit.Test;

/** What pjsip's timer module, under Asterisk's options, agrees to for an INVITE. */
public class SessionTimerTermsTest {

    private static Endpoint endpoint(String timers, int minSe, int sessionExpires) {
        return new Endpoint("201", "default", List.of("201"), List.of(), List.of(), List.of("username", "ip"),
                Optional.empty(), List.of("ulaw"), Optional.empty(), Optional.empty(), List.of(), false, true, false,
                true, "rfc4733", Optional.empty(), false, false, timers, minSe, sessionExpires, "yes", "", List.of(), "", Map.of());
    }

    private static Request invite(String... headers) throws Exception {
        StringBuilder text = new StringBuilder("INVITE sip:100@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n"
                + "From: <sip:201@127.0.0.1>;tag=1\r\nTo: <sip:100@127.0.0.1>\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n"
                + "Max-Forwards: 70\r\nContact: <sip:201@127.0.0.1:5070>\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        text.append("Content-Length: 0\r\n\r\n");
        return new MessageFactoryImpl().createRequest(text.toString());
    }

    @Test
    public void aTooShortIntervalGets422WithOurMinSe() throws Exception {
        SessionTimerTerms terms = SessionTimerTerms.forIncoming(endpoint("yes", 120, 1800), invite("Supported: timer", "Session-Expires: 100"));
        assertEquals(422, terms.refusal());
        assertEquals(120, terms.minSe());
    }

    @Test
    public void minSeBelowNinetyIsRaisedToNinety() throws Exception {
        assertEquals(422, SessionTimerTerms.forIncoming(endpoint("yes", 30, 1800), invite("Session-Expires: 60")).refusal());
    }

    @Test
    public void aUacThatSupportsTimersRefreshesByDefault() throws Exception {
        SessionTimerTerms terms = SessionTimerTerms.forIncoming(endpoint("yes", 90, 1800), invite("Supported: timer", "Session-Expires: 600"));
        assertEquals(0, terms.refusal());
        assertEquals(600, terms.interval());
        assertFalse("the UAC refreshes", terms.weRefresh());
        assertTrue(terms.peerSupports());
        assertEquals("600;refresher=uac", terms.expiresValue(true));
    }

    @Test
    public void theRefresherParameterIsHonoured() throws Exception {
        SessionTimerTerms terms = SessionTimerTerms.forIncoming(endpoint("yes", 90, 1800),
                invite("Supported: timer", "Session-Expires: 600;refresher=uas"));
        assertTrue(terms.weRefresh());
        assertEquals("600;refresher=uas", terms.expiresValue(true));
        assertEquals("in our own refresh re-INVITE we are the UAC", "600;refresher=uac", terms.expiresValue(false));
        assertEquals(300, terms.refreshAfterSeconds());
    }

    @Test
    public void aUacWithoutTimerSupportGetsNoneUnlessForced() throws Exception {
        assertEquals(0, SessionTimerTerms.forIncoming(endpoint("yes", 90, 1800), invite()).interval());
        SessionTimerTerms forced = SessionTimerTerms.forIncoming(endpoint("always", 90, 1800), invite());
        assertEquals(1800, forced.interval());
        assertTrue("without support at the UAC, we refresh", forced.weRefresh());
    }

    @Test
    public void requiredTimersRefuseAUacWithoutThemWith421() throws Exception {
        assertEquals(421, SessionTimerTerms.forIncoming(endpoint("required", 90, 1800), invite()).refusal());
    }

    @Test
    public void timersNoIgnoresEverything() throws Exception {
        SessionTimerTerms terms = SessionTimerTerms.forIncoming(endpoint("no", 90, 1800), invite("Supported: timer", "Session-Expires: 30"));
        assertEquals(0, terms.refusal());
        assertEquals(0, terms.interval());
    }

    @Test
    public void theExpiryLeavesRoomForALateRefresh() throws Exception {
        SessionTimerTerms terms = SessionTimerTerms.forIncoming(endpoint("yes", 90, 1800), invite("Supported: timer", "Session-Expires: 90"));
        assertEquals("RFC 4028 §10: interval - min(32, interval/3)", 60, terms.expireAfterSeconds());
    }
}
