/**
 * Media as the PBX moves it: {@link org.asterism.media.api.Format}s (Asterisk's names), {@link org.asterism.media.api.Frame}s
 * pushed to {@link org.asterism.media.api.FrameSink}s, {@link org.asterism.media.api.Codec}s that codec modules register
 * (codec_ulaw, codec_alaw, codec_g722) and the {@link org.asterism.media.api.Translator} the PBX core builds from them,
 * and {@link org.asterism.media.api.FileFormat}s (format_wav) that Playback reads sound files with.
 */
@Export
@Version("1.0.0")
package org.asterism.media.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
