package org.asterism.sip.dtmf.info.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

import javax.sip.header.ContentTypeHeader;

import org.asterism.sip.session.api.SessionSupplement;
import org.asterism.sip.testing.RecordingRequestContext;
import org.junit.Test;

/** INFO requests carrying DTMF, as SIP phones send them, answered as res_pjsip_dtmf_info answers them. */
public class DtmfInfoSupplementTest {

    private final DtmfInfoSupplement supplement = new DtmfInfoSupplement();
    private final FakeSipSession session = new FakeSipSession();

    /** An in-dialog INFO with this Content-Type (none when null) and body, byte for byte (line ends included). */
    private static RecordingRequestContext info(String contentType, String body) {
        RecordingRequestContext info = RecordingRequestContext.parse("INFO sip:100@192.0.2.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-info-1\r\nMax-Forwards: 70\r\n"
                + "From: <sip:6001@192.0.2.10>;tag=from-1\r\nTo: <sip:100@192.0.2.1>;tag=to-1\r\n"
                + "Call-ID: info-1@192.0.2.10\r\nCSeq: 2 INFO\r\nContent-Length: 0\r\n\r\n");
        if (contentType != null) {
            try {
                // set after parsing, so the body keeps its own line ends
                info.request().setContent(body.getBytes(StandardCharsets.ISO_8859_1),
                        (ContentTypeHeader) RecordingRequestContext.headers().createHeader("Content-Type", contentType));
            } catch (ParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return info;
    }

    /** The status the INFO was answered with after the supplement took it. */
    private int handle(RecordingRequestContext info) {
        assertTrue("taken", supplement.incomingRequest(session, info));
        return info.response().getStatusCode();
    }

    @Test
    public void runsFirstOnInfo() {
        assertEquals(Set.of("INFO"), supplement.methods());
        assertEquals(SessionSupplement.PRIORITY_FIRST, supplement.priority());
    }

    @Test
    public void dtmfRelayGivesTheDigitAndItsDuration() {
        assertEquals(200, handle(info("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n")));

        assertEquals(List.of("5/160"), session.digits);
    }

    @Test
    public void dtmfRelayNamesAnyCaseAnyLineEndsAndBlanksAfterTheEqualsSign() {
        assertEquals(200, handle(info("application/dtmf-relay", "signal= #\nduration= 250\n")));
        assertEquals(200, handle(info("Application/DTMF-Relay", "SIGNAL=*\rDURATION=80")));
        assertEquals(200, handle(info("application/dtmf-relay", "Signal=b\r\n")));

        assertEquals("a-d as A-D", List.of("#/250", "*/80", "B/100"), session.digits);
    }

    @Test
    public void eventCodesStandForTheirDigits() {
        for (String code : List.of("10", "11", "12", "15", "0")) {
            handle(info("application/dtmf-relay", "Signal=" + code + "\r\nDuration=100\r\n"));
        }

        assertEquals(List.of("*/100", "#/100", "A/100", "D/100", "0/100"), session.digits);
    }

    @Test
    public void applicationDtmfIsTheDigitAlone() {
        assertEquals(200, handle(info("application/dtmf", "7")));
        assertEquals(200, handle(info("application/dtmf", "11\r\n")));

        assertEquals("Asterisk's default duration", List.of("7/100", "#/100"), session.digits);
    }

    @Test
    public void anInvalidSignalGets500AndNoDigit() {
        assertEquals(500, handle(info("application/dtmf-relay", "Signal=17\r\nDuration=160\r\n")));
        assertEquals(500, handle(info("application/dtmf-relay", "Signal=x\r\n")));
        assertEquals("Asterisk knows no 'hf'", 500, handle(info("application/dtmf-relay", "Signal=hf\r\n")));
        assertEquals("no Signal line at all", 500, handle(info("application/dtmf-relay", "Duration=160\r\n")));
        assertEquals(500, handle(info("application/dtmf", "E")));

        assertTrue(session.digits.isEmpty());
    }

    @Test
    public void aDurationThatIsNotANumberKeepsTheDefault() {
        handle(info("application/dtmf-relay", "Signal=1\r\nDuration=long\r\n"));

        assertEquals(List.of("1/100"), session.digits);
    }

    @Test
    public void anEmptyBodyGets200AndNothingElse() {
        assertEquals(200, handle(info("application/dtmf-relay", "")));

        assertTrue(session.digits.isEmpty());
    }

    @Test
    public void aFlashIsAcknowledgedButIsNoDigit() {
        assertEquals(200, handle(info("application/dtmf-relay", "Signal=16\r\nDuration=100\r\n")));
        assertEquals(200, handle(info("application/dtmf-relay", "Signal=!\r\n")));
        assertEquals(200, handle(info("application/hook-flash", "signal=hf\r\n")));

        assertTrue(session.digits.isEmpty());
    }

    @Test
    public void otherInfosAreLeftToOthers() {
        RecordingRequestContext mediaControl = info("application/media_control+xml", "<media_control/>");
        RecordingRequestContext none = info(null, "");

        assertFalse(supplement.incomingRequest(session, mediaControl));
        assertFalse(supplement.incomingRequest(session, none));
        assertTrue(mediaControl.sent().isEmpty());
        assertTrue(none.sent().isEmpty());
    }
}
