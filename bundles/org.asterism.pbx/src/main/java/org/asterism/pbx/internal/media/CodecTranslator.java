package org.asterism.pbx.internal.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.media.api.Codec;
import org.asterism.media.api.Format;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.Translator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Asterisk's translate.c over the codecs loaded now: a path decodes to the codec's signed linear, resamples between
 * 8 and 16 kHz when the two sides' linear rates differ, and encodes. Paths are worked out from the codecs registered
 * at the moment one is asked for, so loading or unloading a codec changes the paths new streams get; a stream keeps
 * the transcoders it was given.
 */
@Component(service = Translator.class)
public class CodecTranslator implements Translator {

    private static final Transcoder IDENTITY = frame -> frame;

    private final List<Codec> codecs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCodec(Codec codec) {
        codecs.add(codec);
    }

    public void removeCodec(Codec codec) {
        codecs.remove(codec);
    }

    @Override
    public Optional<Transcoder> path(Format from, Format to) {
        return plan(from, to).map(CodecTranslator::build);
    }

    @Override
    public boolean canTranslate(Format from, Format to) {
        return plan(from, to).isPresent();
    }

    /** The codecs loaded now, in registration order (a format's first codec is the one used). */
    public List<Codec> codecs() {
        return List.copyOf(codecs);
    }

    /** The steps from one format to another, each a supplier of a fresh transcoder; empty when impossible. */
    private Optional<List<Step>> plan(Format from, Format to) {
        List<Step> steps = new ArrayList<>();
        if (from.equals(to)) {
            return Optional.of(steps);
        }
        Format linearFrom = from;
        if (!from.isLinear()) {
            Optional<Codec> decoder = codec(from);
            if (decoder.isEmpty()) {
                return Optional.empty();
            }
            linearFrom = decoder.get().linear();
            steps.add(decoder.get()::newDecoder);
        }
        Format linearTo = to;
        Optional<Codec> encoder = Optional.empty();
        if (!to.isLinear()) {
            encoder = codec(to);
            if (encoder.isEmpty()) {
                return Optional.empty();
            }
            linearTo = encoder.get().linear();
        }
        if (linearFrom.sampleRate() != linearTo.sampleRate()) {
            if (linearFrom.sampleRate() == 8000 && linearTo.sampleRate() == 16000) {
                steps.add(Resampler::up);
            } else if (linearFrom.sampleRate() == 16000 && linearTo.sampleRate() == 8000) {
                steps.add(Resampler::down);
            } else {
                return Optional.empty();
            }
        }
        encoder.ifPresent(codec -> steps.add(codec::newEncoder));
        return Optional.of(steps);
    }

    private Optional<Codec> codec(Format format) {
        for (Codec codec : codecs) {
            if (codec.format().name().equalsIgnoreCase(format.name())) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    private static Transcoder build(List<Step> steps) {
        if (steps.isEmpty()) {
            return IDENTITY;
        }
        if (steps.size() == 1) {
            return steps.get(0).create();
        }
        List<Transcoder> made = new ArrayList<>();
        for (Step step : steps) {
            made.add(step.create());
        }
        return new TranscoderChain(made);
    }

    @FunctionalInterface
    private interface Step {
        Transcoder create();
    }
}
