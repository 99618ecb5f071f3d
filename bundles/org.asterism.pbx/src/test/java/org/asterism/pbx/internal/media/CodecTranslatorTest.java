package org.asterism.pbx.internal.media;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;
import org.junit.Test;

public class CodecTranslatorTest {

    private final CodecTranslator translator = new CodecTranslator();
    private final FakeCodec ulaw = new FakeCodec(Format.ULAW, Format.SLIN, 3, 0);
    private final FakeCodec alaw = new FakeCodec(Format.ALAW, Format.SLIN, 3, 1);

    @Test
    public void ulawToAlawDecodesThenEncodes() {
        translator.addCodec(ulaw);
        translator.addCodec(alaw);

        Transcoder path = translator.path(Format.ULAW, Format.ALAW).orElseThrow();
        byte[] payload = new byte[160];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i % 40);
        }
        VoiceFrame out = path.translate(VoiceFrame.of(Format.ULAW, payload));

        assertEquals(Format.ALAW, out.format());
        assertEquals(160, out.samples());
        byte[] expected = new byte[160];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (i % 40 + 1); // through ulaw's decoder (x3) and alaw's encoder (/3, +1)
        }
        assertArrayEquals(expected, out.payload());
        assertEquals(1, ulaw.decoders.get());
        assertEquals(1, alaw.encoders.get());
    }

    @Test
    public void equalFormatsNeedNoCodec() {
        VoiceFrame frame = VoiceFrame.of(Format.ULAW, new byte[160]);

        assertSame(frame, translator.path(Format.ULAW, Format.ULAW).orElseThrow().translate(frame));
        assertTrue(translator.canTranslate(Format.G722, Format.G722));
    }

    @Test
    public void pathsFollowTheCodecsLoadedNow() {
        translator.addCodec(ulaw);
        assertFalse(translator.canTranslate(Format.ULAW, Format.ALAW));
        assertTrue(translator.canTranslate(Format.ULAW, Format.SLIN));

        translator.addCodec(alaw);
        assertTrue(translator.canTranslate(Format.ULAW, Format.ALAW));
        assertTrue(translator.canTranslate(Format.ALAW, Format.ULAW));

        translator.removeCodec(alaw);
        assertEquals(Optional.empty(), translator.path(Format.ULAW, Format.ALAW));
    }

    @Test
    public void aWidebandCodecIsReachedThroughTheResampler() {
        translator.addCodec(ulaw);
        FakeCodec g722 = new FakeCodec(Format.G722, Format.SLIN16, 1, 0);
        translator.addCodec(g722);

        VoiceFrame wide = translator.path(Format.ULAW, Format.G722).orElseThrow()
                .translate(VoiceFrame.of(Format.ULAW, new byte[160]));
        VoiceFrame narrow = translator.path(Format.SLIN16, Format.ULAW).orElseThrow()
                .translate(VoiceFrame.of(Format.SLIN16, new byte[640]));

        assertEquals(Format.G722, wide.format());
        assertEquals(320, wide.samples());
        assertEquals(Format.ULAW, narrow.format());
        assertEquals(160, narrow.samples());
    }
}
