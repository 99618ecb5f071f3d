package org.asterism.media.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One encoding and the way to and from signed linear at the encoding's own sample rate, registered as an OSGi service
 * by a codec module (codec_ulaw, codec_alaw, codec_g722). The PBX core's {@link Translator} chains them.
 */
@ConsumerType
public interface Codec {

    /** The encoded format. */
    Format format();

    /** The linear format it decodes to and encodes from: {@link Format#SLIN} or {@link Format#SLIN16}. */
    Format linear();

    /** A new encoder, linear → {@link #format()}, for one stream. */
    Transcoder newEncoder();

    /** A new decoder, {@link #format()} → linear, for one stream. */
    Transcoder newDecoder();
}
