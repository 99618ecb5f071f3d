package org.asterism.sip.channel.internal;

import java.util.Optional;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.InbandDtmfDetector;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.Translator;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;

/**
 * {@code dtmf_mode=inband}: the audio from the far end goes to the channel as it is, and the digits heard in it (decoded
 * to 8 kHz linear and run through the DTMF detector, as Asterisk's DSP does for chan_pjsip) follow as DTMF frames.
 * Runs on the RTP receive thread, one stream at a time.
 */
final class InbandDigits implements FrameSink {

    private final Channel channel;
    private final Translator translator;
    private final InbandDtmfDetector detector = new InbandDtmfDetector();
    private Format decoding;
    private Transcoder decoder;

    InbandDigits(Channel channel, Translator translator) {
        this.channel = channel;
        this.translator = translator;
    }

    @Override
    public void accept(Frame frame) {
        channel.queue(frame);
        if (frame instanceof VoiceFrame voice) {
            decoder(voice.format()).ifPresent(d -> {
                for (DtmfFrame digit : detector.process(d.translate(voice))) {
                    channel.queue(digit);
                }
            });
        }
    }

    private Optional<Transcoder> decoder(Format format) {
        if (!format.equals(decoding)) {
            decoding = format;
            decoder = translator.path(format, Format.SLIN).orElse(null);
        }
        return Optional.ofNullable(decoder);
    }
}
