package org.asterism.sip.sdp.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import javax.sdp.MediaDescription;
import javax.sdp.SessionDescription;

import org.asterism.media.api.Format;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.MediaDirection;
import org.junit.Test;

/** Our offers (INVITE, re-INVITE, a 200 to an INVITE without SDP) and the peer's answers to them. */
public class OurOfferTest {

    private final FakeRtpEngine engine = new FakeRtpEngine();
    private final AudioSdpHandler handler = new AudioSdpHandler(engine);
    private final FakeSessionMedia media = new FakeSessionMedia(0);

    private static FakeSipSession outbound(Endpoint endpoint) throws Exception {
        return new FakeSipSession(endpoint, false, InetAddress.getByName("127.0.0.1"));
    }

    private boolean answered(FakeSipSession session, SessionDescription answer) throws Exception {
        return handler.answered(session, media, answer, Sdp.media(answer));
    }

    @Test
    public void offersTheAllowListInOrderWithStaticTypesAndTelephoneEvent101() throws Exception {
        MediaDescription offer = handler.offer(outbound(Sdp.endpoint("g722,ulaw,alaw,opus", "rfc4733")), media);

        assertEquals("m=audio 10000 RTP/AVP 9 0 8 101|c=IN IP4 127.0.0.1|a=rtpmap:9 G722/8000|a=rtpmap:0 PCMU/8000"
                + "|a=rtpmap:8 PCMA/8000|a=rtpmap:101 telephone-event/8000|a=fmtp:101 0-16|a=ptime:20"
                + "|a=maxptime:140|a=sendrecv", Sdp.text(offer));
        FakeRtpEngine.Recording rtp = engine.last();
        assertSame(rtp, media.rtp().orElseThrow());
        assertEquals("early media in our numbering is accepted", Map.of(9, Format.G722, 0, Format.ULAW, 8, Format.ALAW),
                rtp.payloadTypes);
        assertEquals("nowhere to send before the answer", null, rtp.remote);
    }

    @Test
    public void autoDtmfOffersTelephoneEventAndInbandDoesNot() throws Exception {
        assertTrue(Sdp.text(handler.offer(outbound(Sdp.endpoint("ulaw", "auto")), media)).contains(" 0 101|"));

        MediaDescription inband = handler.offer(outbound(Sdp.endpoint("ulaw", "inband")), new FakeSessionMedia(0));
        assertTrue(Sdp.text(inband), Sdp.text(inband).matches("m=audio \\d+ RTP/AVP 0\\|c=IN IP4 127.0.0.1"
                + "\\|a=rtpmap:0 PCMU/8000\\|a=ptime:20\\|a=maxptime:140\\|a=sendrecv"));
    }

    @Test
    public void framingFromAllowGivesTheSmallestPtime() throws Exception {
        MediaDescription offer = handler.offer(outbound(Sdp.endpoint("ulaw:30,alaw:40", "rfc4733")), media);

        assertTrue(Sdp.text(offer), Sdp.text(offer).contains("|a=ptime:30|"));
    }

    @Test
    public void anEndpointWithNothingToOfferGetsAPortZeroStream() throws Exception {
        MediaDescription offer = handler.offer(outbound(Sdp.endpoint("opus,h264", "rfc4733")), media);

        assertEquals("m=audio 0 RTP/AVP 32", Sdp.text(offer));
        assertTrue(engine.opened.isEmpty());
    }

    @Test
    public void theAnswerPointsRtpAtThePeerWithItsFormatAndTelephoneEvent() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw,alaw", "rfc4733"));
        handler.offer(session, media);

        assertTrue(answered(session, Sdp.peer("m=audio 5000 RTP/AVP 8 101", "a=rtpmap:8 PCMA/8000",
                "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=ptime:20")));

        FakeRtpEngine.Recording rtp = engine.last();
        assertEquals(new InetSocketAddress("192.0.2.10", 5000), rtp.remote);
        assertEquals(Format.ALAW, rtp.sendFormat);
        assertEquals(8, rtp.sendPayloadType);
        assertEquals(20, rtp.ptime);
        assertEquals(101, rtp.telephoneEvent);
        assertEquals(Map.of(8, Format.ALAW), rtp.payloadTypes);
        assertTrue(rtp.sending);
        assertEquals(List.of(Format.ALAW), media.formats());
        assertEquals(101, media.telephoneEventPayloadType());
        assertEquals(1, engine.opened.size());
    }

    @Test
    public void ofSeveralAnsweredFormatsWeSendOurMostPreferred() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw,alaw", "rfc4733"));
        handler.offer(session, media);

        assertTrue(answered(session, Sdp.peer("m=audio 5000 RTP/AVP 8 0")));

        assertEquals(Format.ULAW, engine.last().sendFormat);
        assertEquals(List.of(Format.ULAW, Format.ALAW), media.formats());
    }

    @Test
    public void thePeersOwnNumbersAreUsedToSendToItAndAcceptedFromIt() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "rfc4733"));
        handler.offer(session, media);

        assertTrue(answered(session, Sdp.peer("m=audio 5000 RTP/AVP 0 96", "a=rtpmap:96 telephone-event/8000")));

        assertEquals(96, engine.last().telephoneEvent);
        assertEquals(96, media.telephoneEventPayloadType());
    }

    @Test
    public void anAnswerWithoutTelephoneEventLeavesNone() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "auto"));
        handler.offer(session, media);

        assertTrue(answered(session, Sdp.peer("m=audio 5000 RTP/AVP 0")));

        assertEquals(-1, engine.last().telephoneEvent);
        assertEquals(-1, media.telephoneEventPayloadType());
    }

    @Test
    public void anAnswerWithNothingWeOfferedOrPortZeroOrAnotherProfileIsUnusable() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "rfc4733"));
        handler.offer(session, media);

        assertFalse(answered(session, Sdp.peer("m=audio 5000 RTP/AVP 8")));
        assertFalse(answered(session, Sdp.peer("m=audio 0 RTP/AVP 0")));
        assertFalse(answered(session, Sdp.peer("m=audio 5000 RTP/SAVP 0")));
        assertEquals(null, engine.last().remote);
    }

    @Test
    public void aSendonlyAnswerStopsUsSending() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "rfc4733"));
        handler.offer(session, media);

        assertTrue(answered(session, Sdp.peer("m=audio 5000 RTP/AVP 0", "a=sendonly")));

        assertFalse(engine.last().sending);
        assertEquals(MediaDirection.SENDONLY, media.remoteDirection());
    }

    @Test
    public void aHoldReofferKeepsTheNegotiatedFormatsAndNumbersAndSaysSendonly() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw,alaw", "rfc4733"));
        handler.offer(session, media);
        answered(session, Sdp.peer("m=audio 5000 RTP/AVP 8 0 101", "a=rtpmap:101 telephone-event/8000"));

        media.localDirection(MediaDirection.SENDONLY);
        MediaDescription hold = handler.offer(session, media);

        assertEquals("m=audio 10000 RTP/AVP 0 8 101|c=IN IP4 127.0.0.1|a=rtpmap:0 PCMU/8000|a=rtpmap:8 PCMA/8000"
                + "|a=rtpmap:101 telephone-event/8000|a=fmtp:101 0-16|a=ptime:20|a=maxptime:140|a=sendonly",
                Sdp.text(hold));
        assertEquals(1, engine.opened.size());
    }

    @Test
    public void aReofferKeepsThePeersPayloadTypesFromAnEarlierOfferOfItsOwn() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733"), true,
                InetAddress.getByName("127.0.0.1"));
        SessionDescription offer = Sdp.peer("m=audio 4000 RTP/AVP 0 96", "a=rtpmap:96 telephone-event/8000");
        handler.answer(session, media, offer, Sdp.media(offer));

        MediaDescription reoffer = handler.offer(session, media);

        assertTrue(Sdp.text(reoffer), Sdp.text(reoffer).startsWith("m=audio 10000 RTP/AVP 0 96|"));
        assertTrue(Sdp.text(reoffer), Sdp.text(reoffer).contains("|a=fmtp:96 0-16|"));
    }

    @Test
    public void whileThePeerHoldsUsOurOfferSaysRecvonlyAndInactiveWhenWeHoldToo() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "rfc4733"));
        media.remoteDirection(MediaDirection.SENDONLY);

        assertTrue(Sdp.text(handler.offer(session, media)).endsWith("|a=recvonly"));

        media.localDirection(MediaDirection.SENDONLY);
        assertTrue(Sdp.text(handler.offer(session, media)).endsWith("|a=inactive"));
    }

    @Test
    public void withUsePtimeTheAnswersPtimeIsUsedAndOfferedAgain() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "rfc4733", "use_ptime", "yes"));
        handler.offer(session, media);

        answered(session, Sdp.peer("m=audio 5000 RTP/AVP 0", "a=ptime:30"));

        assertEquals(30, engine.last().ptime);
        assertTrue(Sdp.text(handler.offer(session, media)).contains("|a=ptime:30|"));
    }

    @Test
    public void withDirectMediaTheOfferNamesTheOtherPartysAddressAndTheSameStreamOtherwise() throws Exception {
        FakeSipSession session = outbound(Sdp.endpoint("ulaw", "rfc4733"));
        String ours = Sdp.text(handler.offer(session, media));
        media.directMediaAddress(java.util.Optional.of(new InetSocketAddress(InetAddress.getByName("127.0.0.9"), 7078)));

        String direct = Sdp.text(handler.offer(session, media));

        assertEquals(ours.replaceFirst("m=audio \\d+ ", "m=audio 7078 ").replace("c=IN IP4 127.0.0.1", "c=IN IP4 127.0.0.9"), direct);
        assertEquals("still our one RTP session", 1, engine.opened.size());
        media.directMediaAddress(java.util.Optional.empty());
        assertEquals("taken back: our address again", ours, Sdp.text(handler.offer(session, media)));
    }
}
