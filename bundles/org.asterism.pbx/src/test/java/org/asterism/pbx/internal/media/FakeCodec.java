package org.asterism.pbx.internal.media;

import java.util.concurrent.atomic.AtomicInteger;
import org.asterism.media.api.Codec;
import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;

/**
 * A codec whose "encoding" is one byte per sample: decoding multiplies by {@code scale}, encoding divides and adds
 * {@code mark}, so a test can tell which codecs a frame went through.
 */
public class FakeCodec implements Codec {

    private final Format format;
    private final Format linear;
    private final int scale;
    private final int mark;
    public final AtomicInteger encoders = new AtomicInteger();
    public final AtomicInteger decoders = new AtomicInteger();

    public FakeCodec(Format format, Format linear, int scale, int mark) {
        this.format = format;
        this.linear = linear;
        this.scale = scale;
        this.mark = mark;
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public Format linear() {
        return linear;
    }

    @Override
    public Transcoder newEncoder() {
        encoders.incrementAndGet();
        return frame -> {
            byte[] in = frame.payload();
            byte[] out = new byte[in.length / 2];
            for (int i = 0; i < out.length; i++) {
                int sample = (short) ((in[2 * i] << 8) | (in[2 * i + 1] & 0xff));
                out[i] = (byte) (sample / scale + mark);
            }
            return new VoiceFrame(format, out, out.length);
        };
    }

    @Override
    public Transcoder newDecoder() {
        decoders.incrementAndGet();
        return frame -> {
            byte[] in = frame.payload();
            byte[] out = new byte[in.length * 2];
            for (int i = 0; i < in.length; i++) {
                int sample = in[i] * scale;
                out[2 * i] = (byte) (sample >> 8);
                out[2 * i + 1] = (byte) sample;
            }
            return new VoiceFrame(linear, out, in.length);
        };
    }
}
