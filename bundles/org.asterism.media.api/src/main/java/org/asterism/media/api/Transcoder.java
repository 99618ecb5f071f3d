package org.asterism.media.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns audio of one format into another, for one stream: it may keep state from frame to frame (G.722's ADPCM
 * predictors), so a stream gets its own and uses it from one thread at a time.
 */
@ConsumerType
@FunctionalInterface
public interface Transcoder {

    VoiceFrame translate(VoiceFrame frame);
}
