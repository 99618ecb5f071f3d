package org.asterism.media.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A media format, named as Asterisk names it in {@code allow=} and {@code core show translation}.
 *
 * @param name Asterisk's name: "ulaw", "alaw", "g722", "slin", "slin16"
 * @param sampleRate samples per second of the audio itself (g722: 16000)
 * @param sdpEncoding the encoding name in an SDP {@code a=rtpmap} ("PCMU"), empty for formats never sent over RTP
 * @param rtpClockRate the clock rate written in {@code a=rtpmap} and used for RTP timestamps (g722: 8000, RFC 3551's
 *        historical error)
 * @param staticPayloadType the RTP payload type RFC 3551 assigns, or -1
 * @param bytesPer20ms payload bytes of 20 ms of audio, to turn a frame's length into samples and back
 */
public record Format(String name, int sampleRate, String sdpEncoding, int rtpClockRate, int staticPayloadType, int bytesPer20ms) {

    public static final Format ULAW = new Format("ulaw", 8000, "PCMU", 8000, 0, 160);
    public static final Format ALAW = new Format("alaw", 8000, "PCMA", 8000, 8, 160);
    public static final Format G722 = new Format("g722", 16000, "G722", 8000, 9, 160);
    /** 16-bit signed linear in network byte order (big-endian), as RFC 3551 L16. */
    public static final Format SLIN = new Format("slin", 8000, "", 8000, -1, 320);
    public static final Format SLIN16 = new Format("slin16", 16000, "", 16000, -1, 640);

    private static final Map<String, Format> KNOWN = Stream.of(ULAW, ALAW, G722, SLIN, SLIN16)
            .collect(Collectors.toUnmodifiableMap(Format::name, Function.identity()));

    /** The formats Asterism knows, by Asterisk name (case-insensitive): ulaw, alaw, g722, slin, slin16. */
    public static Optional<Format> byName(String name) {
        return Optional.ofNullable(KNOWN.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The known format an SDP rtpmap names ("PCMU/8000"), matched case-insensitively on encoding and clock rate. */
    public static Optional<Format> bySdp(String encoding, int clockRate) {
        return KNOWN.values().stream()
                .filter(f -> f.sdpEncoding().equalsIgnoreCase(encoding) && f.rtpClockRate() == clockRate)
                .findFirst();
    }

    /** Samples (at {@link #sampleRate}) in {@code bytes} of payload. */
    public int samples(int bytes) {
        return (int) ((long) bytes * sampleRate / 50 / bytesPer20ms);
    }

    /** Payload bytes for {@code samples} samples. */
    public int bytes(int samples) {
        return (int) ((long) samples * bytesPer20ms * 50 / sampleRate);
    }

    /** Whether this is 16-bit signed linear audio (the PBX's working format for mixing and translating). */
    public boolean isLinear() {
        return sdpEncoding.isEmpty();
    }
}
