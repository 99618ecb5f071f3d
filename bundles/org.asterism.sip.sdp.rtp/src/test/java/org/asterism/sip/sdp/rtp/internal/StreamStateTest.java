package org.asterism.sip.sdp.rtp.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.asterism.media.api.Format;
import org.junit.Test;

/** Payload type numbering of our offers, as rtp_engine.c numbers them. */
public class StreamStateTest {

    private static final Format OPUS = new Format("opus", 48000, "opus", 48000, -1, 160);
    private static final Format SPEEX = new Format("speex", 8000, "speex", 8000, -1, 160);

    @Test
    public void staticTypesForStaticFormatsAndDynamicOnesFrom96() {
        List<Payload> numbered = new StreamState().numbering(List.of(OPUS, Format.ULAW, SPEEX), 101);

        assertEquals(List.of(new Payload(96, OPUS), new Payload(0, Format.ULAW), new Payload(97, SPEEX)), numbered);
    }

    @Test
    public void aReofferKeepsTheNumbersOfOurLastSdpAndSkipsTheTelephoneEventType() {
        StreamState state = new StreamState();
        state.local(List.of(new Payload(96, Format.ULAW), new Payload(100, OPUS)), 98);

        List<Payload> numbered = state.numbering(List.of(Format.ULAW, OPUS, SPEEX, Format.ALAW), 98);

        assertEquals(List.of(new Payload(96, Format.ULAW), new Payload(100, OPUS), new Payload(97, SPEEX),
                new Payload(8, Format.ALAW)), numbered);
        assertEquals(98, state.offeredTelephoneEvent());
    }
}
