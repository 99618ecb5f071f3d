package org.asterism.media.api;

/**
 * What moves between a channel and whoever reads it (an application, a bridge): audio, DTMF and call
 * progress, as Asterisk's {@code ast_frame}. Frames are immutable; a payload array is never changed after the
 * frame is made, so a frame may be handed to several sinks.
 */
public sealed interface Frame permits VoiceFrame, DtmfFrame, ControlFrame {
}
