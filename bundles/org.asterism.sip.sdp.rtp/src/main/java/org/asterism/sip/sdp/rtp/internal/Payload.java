package org.asterism.sip.sdp.rtp.internal;

import org.asterism.media.api.Format;

/** A format and the RTP payload type it has on one side of a stream. */
record Payload(int type, Format format) {
}
