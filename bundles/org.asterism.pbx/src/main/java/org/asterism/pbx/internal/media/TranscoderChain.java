package org.asterism.pbx.internal.media;

import java.util.List;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.VoiceFrame;

/** Steps run one after another for one stream (decode, resample, encode); a step that gives nothing ends the frame. */
final class TranscoderChain implements Transcoder {

    private final Transcoder[] steps;

    TranscoderChain(List<Transcoder> steps) {
        this.steps = steps.toArray(new Transcoder[0]);
    }

    @Override
    public VoiceFrame translate(VoiceFrame frame) {
        VoiceFrame current = frame;
        for (int i = 0; i < steps.length && current != null; i++) {
            current = steps[i].translate(current);
        }
        return current;
    }
}
