package org.asterism.sip.sdp.rtp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SessionDescription;

import org.asterism.media.api.Format;
import org.asterism.media.api.rtp.RtpEngine;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.sip.session.api.MediaDirection;
import org.asterism.sip.session.api.SdpHandler;
import org.asterism.sip.session.api.SessionMedia;
import org.asterism.sip.session.api.SipSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "audio" stream handler, as res_pjsip_sdp_rtp's audio_sdp_handler: RFC 3264 offer/answer over RTP/AVP, RTP
 * sessions opened from the RTP engine and pointed at the peer. Runs on SIP threads and never blocks: opening an RTP
 * session binds a socket, nothing more.
 */
@Component(service = SdpHandler.class, property = "mediaType=audio")
public final class AudioSdpHandler implements SdpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AudioSdpHandler.class);

    private final RtpEngine engine;

    @Activate
    public AudioSdpHandler(@Reference RtpEngine engine) {
        this.engine = engine;
    }

    @Override
    public String mediaType() {
        return "audio";
    }

    @Override
    public Optional<MediaDescription> answer(SipSession session, SessionMedia media, SessionDescription offer,
            MediaDescription remote) throws SdpException {
        AudioSettings settings = AudioSettings.of(session.endpoint(), session.isInbound());
        RemoteStream stream = RemoteStream.parse(offer, remote);
        if (!usable(session, settings, stream)) {
            return Optional.empty();
        }
        List<Format> joint = FormatChoice.answer(settings, stream.formats().values());
        if (joint.isEmpty()) {
            LOG.warn("No joint capabilities for 'audio' media stream between our configuration{} and incoming SDP{}",
                    FormatChoice.names(settings.formats().stream().map(Format::name).toList()),
                    FormatChoice.names(stream.offered()));
            return Optional.empty();
        }
        // the offerer's payload types, which RFC 3264 §6.1 says the answer should keep
        List<Payload> payloads = joint.stream().map(format -> new Payload(stream.payloadType(format), format)).toList();
        int telephoneEvent = settings.telephoneEvents() ? stream.telephoneEvent() : -1;
        StreamState state = StreamState.of(session, media);
        int ptime = ptime(settings, state, stream, joint);
        MediaDirection remoteDirection = stream.wanted();
        MediaDirection ours = Directions.towards(local(media), remoteDirection);

        RtpSession rtp = rtp(session, media, settings, state);
        Map<Integer, Format> types = new HashMap<>();
        payloads.forEach(payload -> types.put(payload.type(), payload.format()));
        start(rtp, stream, types, payloads.get(0), telephoneEvent, sendPtime(ptime, stream), ours);
        state.local(payloads, telephoneEvent);
        media.formats(joint);
        media.telephoneEventPayloadType(telephoneEvent);
        media.remoteDirection(remoteDirection);
        InetSocketAddress at = advertised(session, media, rtp);
        return Optional.of(AudioLine.write(at.getPort(), at.getAddress(), settings.profile(), payloads, telephoneEvent, ptime, ours));
    }

    @Override
    public MediaDescription offer(SipSession session, SessionMedia media) throws SdpException {
        AudioSettings settings = AudioSettings.of(session.endpoint(), session.isInbound());
        // a re-offer keeps to what was negotiated, as Asterisk re-offers the active stream's formats
        List<Format> formats = media.formats().stream().filter(settings.formats()::contains).toList();
        if (formats.isEmpty()) {
            formats = settings.formats();
        }
        if (formats.isEmpty()) {
            LOG.warn("Endpoint '{}' allows no audio format that can be offered in SDP ({})", session.endpoint().id(),
                    String.join(",", session.endpoint().allow()));
            return AudioLine.nothingToOffer(settings.profile());
        }
        StreamState state = StreamState.of(session, media);
        int telephoneEvent = settings.telephoneEvents() ? state.offeredTelephoneEvent() : -1;
        List<Payload> payloads = state.numbering(formats, telephoneEvent);
        MediaDirection ours = Directions.towards(local(media), remote(media));
        int ptime = state.remotePtime() > 0 ? state.remotePtime() : settings.framing(formats);

        RtpSession rtp = rtp(session, media, settings, state);
        // what the peer may send us, should media come before its answer (early media)
        Map<Integer, Format> types = new HashMap<>();
        payloads.forEach(payload -> types.put(payload.type(), payload.format()));
        rtp.payloadTypes(types);
        state.local(payloads, telephoneEvent);
        InetSocketAddress at = advertised(session, media, rtp);
        return AudioLine.write(at.getPort(), at.getAddress(), settings.profile(), payloads, telephoneEvent, ptime, ours);
    }

    @Override
    public boolean answered(SipSession session, SessionMedia media, SessionDescription answer, MediaDescription remote)
            throws SdpException {
        AudioSettings settings = AudioSettings.of(session.endpoint(), session.isInbound());
        RemoteStream stream = RemoteStream.parse(answer, remote);
        if (!usable(session, settings, stream)) {
            return false;
        }
        StreamState state = StreamState.of(session, media);
        List<Payload> ours = state.local();
        List<Format> common = FormatChoice.answered(ours, stream.formats().values());
        if (common.isEmpty()) {
            LOG.warn("No joint capabilities for 'audio' media stream between our offer{} and the answer{}",
                    FormatChoice.names(ours.stream().map(p -> p.format().name()).toList()),
                    FormatChoice.names(stream.offered()));
            return false;
        }
        // we receive with our numbers; the peer's numbers, where they differ, are accepted too
        Map<Integer, Format> types = new HashMap<>();
        stream.formats().forEach((type, format) -> {
            if (common.contains(format)) {
                types.put(type, format);
            }
        });
        ours.stream().filter(payload -> common.contains(payload.format()))
                .forEach(payload -> types.put(payload.type(), payload.format()));
        int telephoneEvent = state.localTelephoneEvent() >= 0 ? stream.telephoneEvent() : -1;
        Format chosen = common.get(0);
        int ptime = ptime(settings, state, stream, List.of(chosen));
        MediaDirection remoteDirection = stream.wanted();
        MediaDirection direction = Directions.towards(local(media), remoteDirection);

        RtpSession rtp = rtp(session, media, settings, state);
        start(rtp, stream, types, new Payload(stream.payloadType(chosen), chosen), telephoneEvent,
                sendPtime(ptime, stream), direction);
        media.formats(common);
        media.telephoneEventPayloadType(telephoneEvent);
        media.remoteDirection(remoteDirection);
        return true;
    }

    @Override
    public void stop(SipSession session, SessionMedia media) {
        // only the session this handler opened, once: a stream stopped twice is closed once
        StreamState.of(session, media).release().ifPresent(RtpSession::close);
    }

    /** Whether a stream can be taken at all: a port, our profile, an address we can read. */
    private static boolean usable(SipSession session, AudioSettings settings, RemoteStream stream) {
        if (stream.port() == 0) {
            return false;
        }
        if (!settings.accepts(stream.protocol())) {
            // RTP/SAVP and DTLS need SRTP, which is not there; RTP/AVPF only with use_avpf, as Asterisk
            LOG.debug("{}: declining an audio stream in {} (endpoint '{}' uses {})", session.id(), stream.protocol(),
                    session.endpoint().id(), settings.profile());
            return false;
        }
        if (stream.address().isEmpty()) {
            LOG.warn("{}: an audio stream without a usable connection address (an IP address is needed)", session.id());
            return false;
        }
        return true;
    }

    /** Points the RTP session at the peer and sets what was negotiated. */
    private static void start(RtpSession rtp, RemoteStream stream, Map<Integer, Format> types, Payload send,
            int telephoneEvent, int ptime, MediaDirection direction) {
        if (!stream.heldByAddress()) {
            rtp.remoteAddress(new InetSocketAddress(stream.address().orElseThrow(), stream.port()));
        }
        rtp.payloadTypes(types);
        rtp.sendFormat(send.format(), send.type(), ptime);
        rtp.telephoneEvent(telephoneEvent);
        rtp.sending(direction.sends());
    }

    /**
     * The packetisation: the peer's a=ptime when {@code use_ptime} (kept for later offers), else the smallest framing
     * of the formats (allow=ulaw:30), 20 ms by default.
     */
    private static int ptime(AudioSettings settings, StreamState state, RemoteStream stream, List<Format> formats) {
        if (settings.usePtime() && stream.ptime() > 0) {
            state.remotePtime(stream.ptime());
            return stream.ptime();
        }
        return settings.framing(formats);
    }

    /** No more than the peer's a=maxptime (RFC 4566 §6), in whole 10 ms steps. */
    private static int sendPtime(int ptime, RemoteStream stream) {
        if (stream.maxptime() > 0 && ptime > stream.maxptime()) {
            return Math.max(10, stream.maxptime() / 10 * 10);
        }
        return ptime;
    }

    /** The stream's RTP session: the one it has, else a new one bound to the session's media address. */
    private RtpSession rtp(SipSession session, SessionMedia media, AudioSettings settings, StreamState state)
            throws SdpException {
        Optional<RtpSession> existing = state.rtp();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            RtpSession opened = engine.open(RtpBinding.bindAddress(session.mediaAddress()));
            opened.symmetric(settings.rtpSymmetric());
            state.rtp(opened);
            media.rtp(opened);
            return opened;
        } catch (IOException e) {
            LOG.error("Unable to create RTP instance using RTP engine 'asterisk': {}", e.getMessage());
            throw new SdpException("no RTP session for " + session.id() + ": " + e.getMessage(), e);
        }
    }

    /** Where we tell the peer to send: our RTP session, or another party's when the media flows directly. */
    private static InetSocketAddress advertised(SipSession session, SessionMedia media, RtpSession rtp) {
        return media.directMediaAddress().orElseGet(() -> new InetSocketAddress(session.mediaAddress(), rtp.localAddress().getPort()));
    }

    private static MediaDirection local(SessionMedia media) {
        return Optional.ofNullable(media.localDirection()).orElse(MediaDirection.SENDRECV);
    }

    private static MediaDirection remote(SessionMedia media) {
        return Optional.ofNullable(media.remoteDirection()).orElse(MediaDirection.SENDRECV);
    }
}
