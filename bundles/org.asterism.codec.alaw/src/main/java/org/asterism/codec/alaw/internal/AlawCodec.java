package org.asterism.codec.alaw.internal;

import org.asterism.media.api.Codec;
import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;
import org.osgi.service.component.annotations.Component;

/** codec_alaw: A-law ↔ 8 kHz signed linear, sample by sample (G.711 keeps no state, so one coder serves any stream). */
@Component(service = Codec.class)
public final class AlawCodec implements Codec {

    private static final Transcoder ENCODER = AlawCodec::encode;
    private static final Transcoder DECODER = AlawCodec::decode;

    @Override
    public Format format() {
        return Format.ALAW;
    }

    @Override
    public Format linear() {
        return Format.SLIN;
    }

    @Override
    public Transcoder newEncoder() {
        return ENCODER;
    }

    @Override
    public Transcoder newDecoder() {
        return DECODER;
    }

    static VoiceFrame encode(VoiceFrame frame) {
        require(frame, Format.SLIN);
        byte[] linear = frame.payload();
        byte[] out = new byte[linear.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALaw.encode((short) ((linear[2 * i] << 8) | (linear[2 * i + 1] & 0xFF)));
        }
        return new VoiceFrame(Format.ALAW, out, out.length);
    }

    static VoiceFrame decode(VoiceFrame frame) {
        require(frame, Format.ALAW);
        byte[] coded = frame.payload();
        byte[] out = new byte[coded.length * 2];
        for (int i = 0; i < coded.length; i++) {
            short sample = ALaw.decode(coded[i]);
            out[2 * i] = (byte) (sample >> 8);
            out[2 * i + 1] = (byte) sample;
        }
        return new VoiceFrame(Format.SLIN, out, coded.length);
    }

    private static void require(VoiceFrame frame, Format format) {
        if (!format.equals(frame.format())) {
            throw new IllegalArgumentException("codec_alaw expected " + format.name() + ", got " + frame.format().name());
        }
    }
}
