package org.asterism.sip.channel.internal;

import static org.junit.Assert.assertEquals;

import org.asterism.pbx.api.HangupCause;
import org.junit.Test;

/** The mappings operators see in ${HANGUPCAUSE} and in the responses phones get, as Asterisk's. */
public class SipCausesTest {

    @Test
    public void responsesBecomeTheCausesAsteriskGives() {
        assertEquals(HangupCause.USER_BUSY, SipCauses.toCause(486));
        assertEquals(HangupCause.UNALLOCATED, SipCauses.toCause(404));
        assertEquals(HangupCause.NO_ANSWER, SipCauses.toCause(480));
        assertEquals(HangupCause.NORMAL_CIRCUIT_CONGESTION, SipCauses.toCause(503));
        assertEquals(HangupCause.BEARERCAPABILITY_NOTAVAIL, SipCauses.toCause(488));
        assertEquals(HangupCause.INTERWORKING, SipCauses.toCause(487));
        assertEquals(HangupCause.INTERWORKING, SipCauses.toCause(499));
        assertEquals(HangupCause.NORMAL_CIRCUIT_CONGESTION, SipCauses.toCause(599));
        assertEquals(HangupCause.INTERWORKING, SipCauses.toCause(699));
    }

    @Test
    public void causesBecomeTheResponsesAsteriskSends() {
        assertEquals(486, SipCauses.toStatus(HangupCause.USER_BUSY));
        assertEquals(404, SipCauses.toStatus(HangupCause.UNALLOCATED));
        assertEquals(503, SipCauses.toStatus(HangupCause.NORMAL_CIRCUIT_CONGESTION));
        assertEquals(480, SipCauses.toStatus(HangupCause.NO_ANSWER));
        assertEquals(488, SipCauses.toStatus(HangupCause.BEARERCAPABILITY_NOTAVAIL));
        assertEquals("no mapping: the session answers 603", 0, SipCauses.toStatus(HangupCause.NORMAL_CLEARING));
    }
}
