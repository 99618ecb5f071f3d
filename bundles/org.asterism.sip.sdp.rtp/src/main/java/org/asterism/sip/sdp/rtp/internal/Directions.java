package org.asterism.sip.sdp.rtp.internal;

import org.asterism.sip.session.api.MediaDirection;

/** How our side's direction follows from what we want and what the peer wants (RFC 3264 §6.1). */
final class Directions {

    private Directions() {
    }

    /**
     * Our direction towards a peer that wants {@code remote}: we send only if we want to and it receives, we receive
     * only if we want to and it sends. This is {@link MediaDirection#answer()} of the peer's direction narrowed by
     * ours, and gives what create_outgoing_sdp_stream writes: recvonly when only the peer holds, sendonly when only we
     * hold, inactive when both do.
     */
    static MediaDirection towards(MediaDirection local, MediaDirection remote) {
        MediaDirection mirrored = remote.answer();
        return of(local.sends() && mirrored.sends(), local.receives() && mirrored.receives());
    }

    static MediaDirection of(boolean sends, boolean receives) {
        if (sends) {
            return receives ? MediaDirection.SENDRECV : MediaDirection.SENDONLY;
        }
        return receives ? MediaDirection.RECVONLY : MediaDirection.INACTIVE;
    }
}
