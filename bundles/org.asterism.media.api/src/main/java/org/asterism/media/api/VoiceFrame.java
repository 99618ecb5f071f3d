package org.asterism.media.api;

import java.util.Objects;

/**
 * Audio in one format: typically 20 ms.
 *
 * @param format the encoding of {@code payload}
 * @param payload the encoded audio, not to be changed once the frame is made
 * @param samples how many samples it holds, at the format's sample rate
 */
public record VoiceFrame(Format format, byte[] payload, int samples) implements Frame {

    public VoiceFrame {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
    }

    /** A frame whose sample count follows from the payload's length. */
    public static VoiceFrame of(Format format, byte[] payload) {
        return new VoiceFrame(format, payload, format.samples(payload.length));
    }

    /** Its length in milliseconds. */
    public int durationMillis() {
        return (int) (samples * 1000L / format.sampleRate());
    }
}
