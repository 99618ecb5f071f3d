package org.asterism.sip.sdp.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sdp.MediaDescription;
import javax.sdp.SessionDescription;

import org.asterism.media.api.Format;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.MediaDirection;
import org.junit.Test;

/** Answering a peer's offer (an INVITE or re-INVITE with SDP), as res_pjsip_sdp_rtp and pjmedia answer it. */
public class IncomingOfferTest {

    private static final InetAddress US = address("127.0.0.1");

    private final FakeRtpEngine engine = new FakeRtpEngine();
    private final AudioSdpHandler handler = new AudioSdpHandler(engine);
    private final FakeSessionMedia media = new FakeSessionMedia(0);

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<MediaDescription> answer(Endpoint endpoint, SessionDescription offer) throws Exception {
        return answer(new FakeSipSession(endpoint, true, US), offer);
    }

    private Optional<MediaDescription> answer(FakeSipSession session, SessionDescription offer) throws Exception {
        return handler.answer(session, media, offer, Sdp.media(offer));
    }

    private static SessionDescription pcmaPcmuOffer(String... extra) {
        String[] lines = new String[5 + extra.length];
        lines[0] = "m=audio 4000 RTP/AVP 8 0 101";
        lines[1] = "a=rtpmap:8 PCMA/8000";
        lines[2] = "a=rtpmap:0 PCMU/8000";
        lines[3] = "a=rtpmap:101 telephone-event/8000";
        lines[4] = "a=fmtp:101 0-16";
        System.arraycopy(extra, 0, lines, 5, extra.length);
        return Sdp.peer(lines);
    }

    @Test
    public void answersTheCommonFormatsInOurAllowOrderWithTheOfferersPayloadTypes() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("ulaw,alaw", "rfc4733"), pcmaPcmuOffer()).orElseThrow();

        assertEquals("m=audio 10000 RTP/AVP 0 8 101|c=IN IP4 127.0.0.1|a=rtpmap:0 PCMU/8000|a=rtpmap:8 PCMA/8000"
                + "|a=rtpmap:101 telephone-event/8000|a=fmtp:101 0-16|a=ptime:20|a=maxptime:140|a=sendrecv",
                Sdp.text(answer));
        FakeRtpEngine.Recording rtp = engine.last();
        assertEquals(new InetSocketAddress("192.0.2.10", 4000), rtp.remote);
        assertEquals(Map.of(0, Format.ULAW, 8, Format.ALAW), rtp.payloadTypes);
        assertEquals("we send our most preferred common format", Format.ULAW, rtp.sendFormat);
        assertEquals(0, rtp.sendPayloadType);
        assertEquals(20, rtp.ptime);
        assertEquals(101, rtp.telephoneEvent);
        assertTrue(rtp.sending);
        assertEquals(List.of(Format.ULAW, Format.ALAW), media.formats());
        assertEquals(101, media.telephoneEventPayloadType());
        assertSame(rtp, media.rtp().orElseThrow());
        assertEquals(MediaDirection.SENDRECV, media.remoteDirection());
    }

    @Test
    public void incomingCallOfferPrefRemoteKeepsTheOfferersOrder() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("ulaw,alaw", "rfc4733", "incoming_call_offer_pref", "remote"),
                pcmaPcmuOffer()).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).startsWith("m=audio 10000 RTP/AVP 8 0 101|"));
        assertEquals(Format.ALAW, engine.last().sendFormat);
        assertEquals(8, engine.last().sendPayloadType);
    }

    @Test
    public void preferredCodecOnlyAnswersWithOurSingleMostPreferredCommonCodec() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("g722,alaw,ulaw", "rfc4733", "preferred_codec_only", "yes"),
                pcmaPcmuOffer()).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).startsWith("m=audio 10000 RTP/AVP 8 101|"));
        assertEquals(List.of(Format.ALAW), media.formats());
        assertEquals(Map.of(8, Format.ALAW), engine.last().payloadTypes);
    }

    @Test
    public void aReofferOnAnOutboundCallKeepsTheOfferersOrderAsRemoteMergeDoes() throws Exception {
        FakeSipSession outbound = new FakeSipSession(Sdp.endpoint("ulaw,alaw", "rfc4733"), false, US);

        MediaDescription answer = answer(outbound, pcmaPcmuOffer()).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).startsWith("m=audio 10000 RTP/AVP 8 0 101|"));
    }

    @Test
    public void aStreamWithNoCommonCodecIsDeclinedAndOpensNoRtp() throws Exception {
        SessionDescription offer = Sdp.peer("m=audio 4000 RTP/AVP 9 111", "a=rtpmap:9 G722/8000",
                "a=rtpmap:111 opus/48000/2");

        assertEquals(Optional.empty(), answer(Sdp.endpoint("ulaw,alaw", "rfc4733"), offer));
        assertTrue(engine.opened.isEmpty());
    }

    @Test
    public void staticPayloadTypesNeedNoRtpmapAndUnknownCodecsAreSkipped() throws Exception {
        SessionDescription offer = Sdp.peer("m=audio 4000 RTP/AVP 111 9 0", "a=rtpmap:111 opus/48000/2");

        MediaDescription answer = answer(Sdp.endpoint("ulaw,g722", "rfc4733"), offer).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).startsWith(
                "m=audio 10000 RTP/AVP 0 9|c=IN IP4 127.0.0.1|a=rtpmap:0 PCMU/8000|a=rtpmap:9 G722/8000|a=ptime:20|"));
        assertEquals("no telephone-event offered: none answered", -1, engine.last().telephoneEvent);
        assertEquals(-1, media.telephoneEventPayloadType());
    }

    @Test
    public void g722IsOnlyG722At8000AsRfc3551Writes() throws Exception {
        SessionDescription offer = Sdp.peer("m=audio 4000 RTP/AVP 96", "a=rtpmap:96 G722/16000");

        assertEquals(Optional.empty(), answer(Sdp.endpoint("g722", "rfc4733"), offer));
    }

    @Test
    public void telephoneEventKeepsThePeersPayloadType() throws Exception {
        SessionDescription offer = Sdp.peer("m=audio 4000 RTP/AVP 0 96", "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:96 telephone-event/8000", "a=fmtp:96 0-15");

        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733"), offer).orElseThrow();

        assertEquals("m=audio 10000 RTP/AVP 0 96|c=IN IP4 127.0.0.1|a=rtpmap:0 PCMU/8000"
                + "|a=rtpmap:96 telephone-event/8000|a=fmtp:96 0-16|a=ptime:20|a=maxptime:140|a=sendrecv",
                Sdp.text(answer));
        assertEquals(96, engine.last().telephoneEvent);
        assertEquals(96, media.telephoneEventPayloadType());
    }

    @Test
    public void autoDtmfAnswersTelephoneEventOnlyWhenOffered() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("ulaw", "auto"), pcmaPcmuOffer()).orElseThrow();
        assertTrue(Sdp.text(answer), Sdp.text(answer).contains("a=rtpmap:101 telephone-event/8000"));

        FakeSessionMedia other = new FakeSessionMedia(0);
        SessionDescription withoutEvents = Sdp.peer("m=audio 4000 RTP/AVP 0");
        MediaDescription plain = handler.answer(new FakeSipSession(Sdp.endpoint("ulaw", "auto"), true, US), other,
                withoutEvents, Sdp.media(withoutEvents)).orElseThrow();
        assertFalse(Sdp.text(plain), Sdp.text(plain).contains("telephone-event"));
        assertEquals(-1, other.telephoneEventPayloadType());
    }

    @Test
    public void infoAndInbandDtmfNeverAnswerTelephoneEvent() throws Exception {
        for (String mode : List.of("info", "inband", "none")) {
            FakeSessionMedia stream = new FakeSessionMedia(0);
            SessionDescription offer = pcmaPcmuOffer();
            MediaDescription answer = handler.answer(new FakeSipSession(Sdp.endpoint("ulaw", mode), true, US), stream,
                    offer, Sdp.media(offer)).orElseThrow();
            assertTrue(mode + ": " + Sdp.text(answer), Sdp.text(answer).matches("m=audio \\d+ RTP/AVP 0\\|.*"));
            assertFalse(mode + ": " + Sdp.text(answer), Sdp.text(answer).contains("telephone-event"));
            assertEquals(-1, engine.last().telephoneEvent);
        }
    }

    @Test
    public void thePeersPtimeIsIgnoredUnlessUsePtime() throws Exception {
        MediaDescription ignored = answer(Sdp.endpoint("ulaw", "rfc4733"), pcmaPcmuOffer("a=ptime:30")).orElseThrow();
        assertTrue(Sdp.text(ignored), Sdp.text(ignored).contains("|a=ptime:20|"));
        assertEquals(20, engine.last().ptime);

        FakeSessionMedia other = new FakeSessionMedia(0);
        SessionDescription offer = pcmaPcmuOffer("a=ptime:30");
        MediaDescription honoured = handler.answer(new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733", "use_ptime",
                "yes"), true, US), other, offer, Sdp.media(offer)).orElseThrow();
        assertTrue(Sdp.text(honoured), Sdp.text(honoured).contains("|a=ptime:30|"));
        assertEquals(30, engine.last().ptime);
    }

    @Test
    public void framingFromAllowSetsOurPtimeAndTheirMaxptimeCapsWhatWeSend() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("ulaw:40", "rfc4733"), pcmaPcmuOffer("a=maxptime:30"))
                .orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).contains("|a=ptime:40|a=maxptime:140|"));
        assertEquals("no more than the peer's maxptime", 30, engine.last().ptime);
    }

    @Test
    public void sendonlyPutsUsOnHoldAndSendrecvTakesUsOff() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733"), true, US);
        answer(session, pcmaPcmuOffer());
        FakeRtpEngine.Recording rtp = engine.last();

        MediaDescription held = answer(session, pcmaPcmuOffer("a=sendonly")).orElseThrow();
        assertTrue(Sdp.text(held), Sdp.text(held).endsWith("|a=recvonly"));
        assertEquals(MediaDirection.SENDONLY, media.remoteDirection());
        assertFalse("nothing sent to a peer that does not want it", rtp.sending);

        MediaDescription resumed = answer(session, pcmaPcmuOffer("a=sendrecv")).orElseThrow();
        assertTrue(Sdp.text(resumed), Sdp.text(resumed).endsWith("|a=sendrecv"));
        assertEquals(MediaDirection.SENDRECV, media.remoteDirection());
        assertTrue(rtp.sending);
        assertEquals("one RTP session for the whole call", 1, engine.opened.size());
    }

    @Test
    public void inactiveIsAnsweredInactive() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733"), pcmaPcmuOffer("a=inactive")).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).endsWith("|a=inactive"));
        assertEquals(MediaDirection.INACTIVE, media.remoteDirection());
        assertFalse(engine.last().sending);
    }

    @Test
    public void recvonlyIsAnsweredSendonly() throws Exception {
        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733"), pcmaPcmuOffer("a=recvonly")).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).endsWith("|a=sendonly"));
        assertTrue("the peer still receives", engine.last().sending);
    }

    @Test
    public void aSessionLevelDirectionCountsWhenTheStreamHasNone() throws Exception {
        SessionDescription offer = Sdp.peer("a=sendonly", "m=audio 4000 RTP/AVP 0");

        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733"), offer).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).endsWith("|a=recvonly"));
        assertEquals(MediaDirection.SENDONLY, media.remoteDirection());
    }

    @Test
    public void rfc2543HoldByZeroAddressKeepsTheOldAddressAndStopsSending() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733"), true, US);
        answer(session, pcmaPcmuOffer());

        SessionDescription hold = Sdp.peer("m=audio 4000 RTP/AVP 0", "c=IN IP4 0.0.0.0");
        MediaDescription answer = answer(session, hold).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).endsWith("|a=recvonly"));
        assertEquals(MediaDirection.SENDONLY, media.remoteDirection());
        assertFalse(engine.last().sending);
        assertEquals(new InetSocketAddress("192.0.2.10", 4000), engine.last().remote);
    }

    @Test
    public void ourOwnHoldIsKeptInTheAnswer() throws Exception {
        media.localDirection(MediaDirection.SENDONLY);

        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733"), pcmaPcmuOffer()).orElseThrow();
        assertTrue(Sdp.text(answer), Sdp.text(answer).endsWith("|a=sendonly"));
        assertTrue("music on hold still goes out", engine.last().sending);

        MediaDescription both = answer(Sdp.endpoint("ulaw", "rfc4733"), pcmaPcmuOffer("a=sendonly")).orElseThrow();
        assertTrue(Sdp.text(both), Sdp.text(both).endsWith("|a=inactive"));
        assertFalse(engine.last().sending);
    }

    @Test
    public void aReofferReusesTheRtpSessionAndMovesItToTheNewAddressAndFormat() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw,alaw", "rfc4733", "rtp_symmetric", "yes"), true,
                US);
        answer(session, pcmaPcmuOffer());
        FakeRtpEngine.Recording rtp = engine.last();

        SessionDescription moved = Sdp.peer("m=audio 6000 RTP/AVP 8", "c=IN IP4 192.0.2.20");
        MediaDescription answer = answer(session, moved).orElseThrow();

        assertEquals(1, engine.opened.size());
        assertTrue("same port as before: " + Sdp.text(answer), Sdp.text(answer).startsWith("m=audio 10000 RTP/AVP 8|"));
        assertEquals(new InetSocketAddress("192.0.2.20", 6000), rtp.remote);
        assertEquals(Format.ALAW, rtp.sendFormat);
        assertEquals(Map.of(8, Format.ALAW), rtp.payloadTypes);
        assertEquals(-1, rtp.telephoneEvent);
        assertEquals(Boolean.TRUE, rtp.symmetric);
        assertEquals(List.of(Format.ALAW), media.formats());
    }

    @Test
    public void savpAndDtlsProfilesAreDeclinedUntilThereIsSrtp() throws Exception {
        for (String profile : List.of("RTP/SAVP", "UDP/TLS/RTP/SAVPF", "RTP/SAVPF")) {
            SessionDescription offer = Sdp.peer("m=audio 4000 " + profile + " 0",
                    "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz");
            assertEquals(profile, Optional.empty(), answer(Sdp.endpoint("ulaw", "rfc4733"), offer));
        }
        assertTrue(engine.opened.isEmpty());
    }

    @Test
    public void avpfIsTakenOnlyWithUseAvpfAndAvpThenIsNot() throws Exception {
        SessionDescription avpf = Sdp.peer("m=audio 4000 RTP/AVPF 0");
        assertEquals(Optional.empty(), answer(Sdp.endpoint("ulaw", "rfc4733"), avpf));

        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733", "use_avpf", "yes"), avpf).orElseThrow();
        assertTrue(Sdp.text(answer), Sdp.text(answer).startsWith("m=audio 10000 RTP/AVPF 0|"));

        SessionDescription avp = Sdp.peer("m=audio 4000 RTP/AVP 0");
        assertEquals(Optional.empty(), answer(Sdp.endpoint("ulaw", "rfc4733", "use_avpf", "yes"), avp));
    }

    @Test
    public void aPlainOfferWithCryptoLinesIsTakenAsPlainRtp() throws Exception {
        SessionDescription offer = Sdp.peer("m=audio 4000 RTP/AVP 0",
                "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz");

        MediaDescription answer = answer(Sdp.endpoint("ulaw", "rfc4733"), offer).orElseThrow();

        assertFalse(Sdp.text(answer), Sdp.text(answer).contains("crypto"));
    }

    @Test
    public void aStreamOfferedWithPortZeroIsDeclined() throws Exception {
        assertEquals(Optional.empty(), answer(Sdp.endpoint("ulaw", "rfc4733"), Sdp.peer("m=audio 0 RTP/AVP 0")));
        assertTrue(engine.opened.isEmpty());
    }

    @Test
    public void aHostNameAsConnectionAddressIsDeclinedRatherThanLookedUp() throws Exception {
        SessionDescription offer = Sdp.peerWithoutSessionConnection("m=audio 4000 RTP/AVP 0",
                "c=IN IP4 phone.example.invalid");

        assertEquals(Optional.empty(), answer(Sdp.endpoint("ulaw", "rfc4733"), offer));
    }

    @Test
    public void ipv6BothWays() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733"), true, address("::1"));
        SessionDescription offer = Sdp.peerWithoutSessionConnection("m=audio 4000 RTP/AVP 0",
                "c=IN IP6 2001:db8::10");

        MediaDescription answer = answer(session, offer).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).startsWith("m=audio 10000 RTP/AVP 0|c=IN IP6 ::1|"));
        assertEquals(new InetSocketAddress("2001:db8::10", 4000), engine.last().remote);
        assertEquals(address("::1"), engine.bindAddresses.get(0));
    }

    @Test
    public void anAddressThisHostDoesNotHaveIsWrittenButTheWildcardIsBound() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733"), true, address("203.0.113.7"));

        MediaDescription answer = answer(session, pcmaPcmuOffer()).orElseThrow();

        assertTrue(Sdp.text(answer), Sdp.text(answer).contains("|c=IN IP4 203.0.113.7|"));
        assertEquals(address("0.0.0.0"), engine.bindAddresses.get(0));
    }

    @Test
    public void noFreeRtpPortFailsTheNegotiation() throws Exception {
        engine.full = true;
        try {
            answer(Sdp.endpoint("ulaw", "rfc4733"), pcmaPcmuOffer());
            throw new AssertionError("expected an SdpException");
        } catch (javax.sdp.SdpException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("No RTP ports remaining"));
        }
    }

    @Test
    public void stopClosesTheRtpSessionOnceAndALaterOfferGetsANewOne() throws Exception {
        FakeSipSession session = new FakeSipSession(Sdp.endpoint("ulaw", "rfc4733"), true, US);
        answer(session, pcmaPcmuOffer());
        FakeRtpEngine.Recording first = engine.last();

        handler.stop(session, media);
        handler.stop(session, media);
        assertEquals(1, first.closed);

        answer(session, pcmaPcmuOffer());
        assertEquals(2, engine.opened.size());
        assertSame(engine.last(), media.rtp().orElseThrow());
    }
}
