package org.asterism.sip.sdp.rtp.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.asterism.media.api.Format;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.sip.session.api.SessionMedia;
import org.asterism.sip.session.api.SipSession;

/**
 * What the handler remembers about one stream between negotiations, kept on the session (so it goes when the session
 * goes): the RTP session it opened, and the payload types of our last SDP for the stream, which a re-offer keeps (as
 * Asterisk's rx payload mapping does).
 */
final class StreamState {

    private static final int FIRST_DYNAMIC = 96;
    private static final int LAST_DYNAMIC = 127;

    private RtpSession rtp;
    private List<Payload> local = List.of();
    private int localTelephoneEvent = -1;
    private int remotePtime;

    /** The state of a stream, made on first use. */
    static StreamState of(SipSession session, SessionMedia media) {
        String key = "res_pjsip_sdp_rtp:" + media.type() + ":" + media.index();
        Optional<Object> existing = session.attribute(key);
        if (existing.isPresent() && existing.get() instanceof StreamState state) {
            return state;
        }
        StreamState state = new StreamState();
        session.attribute(key, state);
        return state;
    }

    synchronized Optional<RtpSession> rtp() {
        return Optional.ofNullable(rtp);
    }

    synchronized void rtp(RtpSession opened) {
        rtp = opened;
    }

    /** Forgets the RTP session, returning it to be closed. */
    synchronized Optional<RtpSession> release() {
        Optional<RtpSession> released = Optional.ofNullable(rtp);
        rtp = null;
        return released;
    }

    synchronized List<Payload> local() {
        return local;
    }

    synchronized int localTelephoneEvent() {
        return localTelephoneEvent;
    }

    /** Records the payload types our SDP gave: the peer sends to us with these. */
    synchronized void local(List<Payload> payloads, int telephoneEvent) {
        local = List.copyOf(payloads);
        localTelephoneEvent = telephoneEvent;
    }

    /** The peer's a=ptime, kept (use_ptime) for our later offers as Asterisk keeps it in the RTP codecs; 0 for none. */
    synchronized int remotePtime() {
        return remotePtime;
    }

    synchronized void remotePtime(int ptime) {
        remotePtime = ptime;
    }

    /**
     * Payload types for an offer of {@code formats}: the number each had in our last SDP, else its static type, else
     * the first free dynamic type from 96 (rtp_engine.c's order), leaving {@code reserved} (telephone-event) alone.
     */
    synchronized List<Payload> numbering(List<Format> formats, int reserved) {
        Set<Integer> used = new HashSet<>();
        used.add(reserved);
        List<Payload> numbered = new ArrayList<>();
        List<Format> unnumbered = new ArrayList<>();
        for (Format format : formats) {
            Optional<Payload> earlier = local.stream().filter(p -> p.format().equals(format)).findFirst()
                    .filter(p -> !used.contains(p.type()));
            int type = earlier.map(Payload::type).orElse(format.staticPayloadType());
            if (type >= 0 && used.add(type)) {
                numbered.add(new Payload(type, format));
            } else {
                numbered.add(null);
                unnumbered.add(format);
            }
        }
        int next = FIRST_DYNAMIC;
        for (Format format : unnumbered) {
            while (next <= LAST_DYNAMIC && used.contains(next)) {
                next++;
            }
            int slot = numbered.indexOf(null);
            if (next > LAST_DYNAMIC) {
                numbered.remove(slot);
                continue;
            }
            used.add(next);
            numbered.set(slot, new Payload(next, format));
        }
        return List.copyOf(numbered);
    }

    /** The telephone-event type for an offer: the one of our last SDP, else 101. */
    synchronized int offeredTelephoneEvent() {
        return localTelephoneEvent >= 0 ? localTelephoneEvent : AudioLine.TELEPHONE_EVENT;
    }
}
