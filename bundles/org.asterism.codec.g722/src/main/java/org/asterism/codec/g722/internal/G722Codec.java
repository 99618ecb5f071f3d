package org.asterism.codec.g722.internal;

import org.asterism.media.api.Codec;
import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.osgi.service.component.annotations.Component;

/** codec_g722: G.722 at 64 kbit/s ↔ 16 kHz signed linear; each stream gets its own coder (ADPCM keeps state). */
@Component(service = Codec.class)
public final class G722Codec implements Codec {

    @Override
    public Format format() {
        return Format.G722;
    }

    @Override
    public Format linear() {
        return Format.SLIN16;
    }

    @Override
    public Transcoder newEncoder() {
        return new G722Encoder();
    }

    @Override
    public Transcoder newDecoder() {
        return new G722Decoder();
    }
}
