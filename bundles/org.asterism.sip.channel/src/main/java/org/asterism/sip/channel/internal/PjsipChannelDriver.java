package org.asterism.sip.channel.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.Translator;
import org.asterism.media.api.VoiceFrame;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelDriver;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionListener;
import org.asterism.sip.session.api.SessionMedia;
import org.asterism.sip.session.api.SipSession;

/**
 * One PJSIP channel: the PBX's actions turned into SIP (answer, 180/183, BYE, CANCEL, DTMF by the endpoint's
 * {@code dtmf_mode}) and its sessions' events turned into frames on the channel. An outgoing channel to an endpoint
 * with several contacts rings them all: the first to answer wins, the others are cancelled.
 */
final class PjsipChannelDriver implements ChannelDriver, SessionListener {

    /** The session attribute under which a session's channel is kept. */
    static final String CHANNEL = "channel";

    private final List<SipSession> legs = new CopyOnWriteArrayList<>();
    private final String dtmfMode;
    private final List<SipSession> toCall;
    private final Optional<Translator> translator;
    private volatile SipSession winner;
    private volatile Channel channel;
    private volatile boolean held;

    /** An incoming channel: its one session is the call. */
    PjsipChannelDriver(SipSession inbound, Optional<Translator> translator) {
        this.translator = translator;
        this.winner = inbound;
        this.dtmfMode = inbound.endpoint().dtmfMode();
        this.toCall = List.of();
        legs.add(inbound);
    }

    /** An outgoing channel ringing these sessions (made, not yet called) when the PBX calls it. */
    PjsipChannelDriver(String dtmfMode, List<SipSession> outbound, Optional<Translator> translator) {
        this.translator = translator;
        this.dtmfMode = dtmfMode;
        this.toCall = List.copyOf(outbound);
    }

    /** The channel this driver drives, once made; an incoming session's media starts flowing to it. */
    void bind(Channel made) {
        channel = made;
        SipSession session = winner;
        if (session != null) {
            session.attribute(CHANNEL, made);
            session.listener(this);
            hookMedia(session);
        }
    }

    // --- the PBX acts ---

    @Override
    public void call() {
        Channel made = channel;
        PartyIdentity caller = new PartyIdentity(made.callerId().name(), made.callerId().number(), made.callerId().restricted());
        for (SipSession session : toCall) {
            session.remoteIdentity(caller); // who we present: the PBX may have set it since the request
            session.attribute(CHANNEL, channel);
            session.listener(this);
            legs.add(session);
            session.call();
        }
        channel.state(ChannelState.DIALING);
    }

    @Override
    public CompletionStage<Void> answer() {
        SipSession session = winner;
        if (session == null || !session.isInbound()) {
            return CompletableFuture.completedFuture(null);
        }
        return session.answer();
    }

    @Override
    public void indicate(Control control) {
        SipSession session = winner;
        if (session == null || !session.isInbound()) {
            return;
        }
        switch (control) {
            case RINGING -> session.ringing();
            case PROGRESS -> session.progress();
            case BUSY -> session.end(486, HangupCause.USER_BUSY.code());
            case CONGESTION -> session.end(503, HangupCause.NORMAL_CIRCUIT_CONGESTION.code());
            default -> { } // HOLD/UNHOLD: music on hold is not played; the far end keeps its media
        }
    }

    @Override
    public void write(Frame frame) {
        SipSession session = winner;
        if (session == null) {
            return;
        }
        Optional<RtpSession> rtp = audio(session).flatMap(SessionMedia::rtp);
        if (frame instanceof VoiceFrame) {
            rtp.ifPresent(r -> r.write(frame));
        } else if (frame instanceof DtmfFrame digit) {
            sendDigit(session, rtp, digit);
        }
    }

    /** DTMF out by {@code dtmf_mode}: RFC 4733 events, SIP INFO (on the digit's end), or nothing for inband for now. */
    private void sendDigit(SipSession session, Optional<RtpSession> rtp, DtmfFrame digit) {
        boolean events = audio(session).map(m -> m.telephoneEventPayloadType() >= 0).orElse(false);
        switch (dtmfMode) {
            case "info" -> {
                if (digit.end()) {
                    session.sendInfoDigit(digit.digit(), digit.durationMillis() > 0 ? digit.durationMillis() : 100);
                }
            }
            case "auto_info" -> {
                if (events) {
                    rtp.ifPresent(r -> r.write(digit));
                } else if (digit.end()) {
                    session.sendInfoDigit(digit.digit(), digit.durationMillis() > 0 ? digit.durationMillis() : 100);
                }
            }
            case "none", "inband" -> { } // inband digits are not generated yet (README: not supported)
            default -> rtp.ifPresent(r -> r.write(digit)); // rfc4733, auto
        }
    }

    @Override
    public void hangup(HangupCause cause) {
        int status = SipCauses.toStatus(cause);
        for (SipSession session : legs) {
            session.end(status, cause.code());
        }
    }

    @Override
    public List<Format> nativeFormats() {
        SipSession session = winner;
        return session == null ? List.of() : audio(session).map(SessionMedia::formats).orElse(List.of());
    }

    @Override
    public Optional<RtpSession> rtp() {
        SipSession session = winner;
        return session == null ? Optional.empty() : audio(session).flatMap(SessionMedia::rtp);
    }

    /**
     * As chan_pjsip's RTP glue: the endpoint's {@code direct_media}, an RTP session of ours, no inband digits to listen
     * for, and with {@code disable_direct_media_on_nat} the far end not behind NAT.
     */
    @Override
    public boolean allowsDirectMedia() {
        SipSession session = winner;
        if (session == null || !session.endpoint().directMedia()) {
            return false;
        }
        Optional<SessionMedia> audio = audio(session);
        Optional<RtpSession> rtp = audio.flatMap(SessionMedia::rtp);
        if (rtp.isEmpty() || listensForInbandDigits(audio)) {
            return false;
        }
        boolean natCheck = "yes".equals(session.endpoint().options().get("disable_direct_media_on_nat"));
        return !(natCheck && behindNat(session, rtp.get()));
    }

    /**
     * Behind NAT, as far as we can tell: its SIP comes from another address than the one its SDP names for media,
     * which is what a private address behind a NAT looks like from here.
     */
    private static boolean behindNat(SipSession session, RtpSession rtp) {
        return rtp.remoteAddress().map(media -> !media.getAddress().equals(session.remoteAddress().getAddress())).orElse(false);
    }

    /** A new offer naming {@code peer} (or us again) by {@code direct_media_method}: re-INVITE, or UPDATE. */
    @Override
    public void directMedia(Optional<InetSocketAddress> peer) {
        SipSession session = winner;
        Optional<SessionMedia> audio = session == null ? Optional.empty() : audio(session);
        if (audio.isEmpty() || audio.get().directMediaAddress().equals(peer)) {
            return;
        }
        audio.get().directMediaAddress(peer);
        session.reoffer("update".equals(session.endpoint().options().get("direct_media_method")) ? "UPDATE" : "INVITE");
    }

    // --- the sessions report ---

    @Override
    public void progress(SipSession session, int status, boolean withMedia) {
        if (winner != null) {
            return;
        }
        Channel made = channel;
        if (status == 180 && made.state() != ChannelState.RINGING) {
            made.state(ChannelState.RINGING);
            made.queue(ControlFrame.of(Control.RINGING));
        } else if (status == 183) {
            made.queue(ControlFrame.of(Control.PROGRESS));
        }
    }

    @Override
    public void answered(SipSession session) {
        synchronized (this) {
            if (winner != null) {
                session.end(200, HangupCause.ANSWERED_ELSEWHERE.code()); // a second contact answered too late
                return;
            }
            winner = session;
        }
        for (SipSession other : legs) {
            if (other != session) {
                other.end(487, HangupCause.ANSWERED_ELSEWHERE.code());
            }
        }
        legs.retainAll(List.of(session));
        hookMedia(session);
        channel.queue(ControlFrame.of(Control.ANSWER));
    }

    @Override
    public void mediaChanged(SipSession session, SessionMedia media) {
        if (session != winner || !"audio".equals(media.type())) {
            return;
        }
        hookMedia(session);
        boolean nowHeld = !media.remoteDirection().sends();
        if (nowHeld != held) {
            held = nowHeld;
            channel.queue(ControlFrame.of(nowHeld ? Control.HOLD : Control.UNHOLD));
        }
        channel.queue(ControlFrame.of(Control.SRCCHANGE));
    }

    @Override
    public void dtmf(SipSession session, char digit, int durationMillis) {
        Channel made = channel;
        if (session == winner && made != null) {
            made.queue(DtmfFrame.begin(digit));
            made.queue(DtmfFrame.end(digit, durationMillis));
        }
    }

    @Override
    public void ended(SipSession session, int sipStatus, int q850Cause) {
        legs.remove(session);
        Channel made = channel;
        if (made == null) {
            return;
        }
        if (session == winner || (winner == null && legs.isEmpty())) {
            HangupCause cause = q850Cause > 0 ? HangupCause.byCode(q850Cause).orElse(SipCauses.toCause(sipStatus))
                    : SipCauses.toCause(sipStatus);
            made.remoteHangup(cause);
        }
    }

    /** The far end's audio to the channel; through the inband DTMF detector when digits travel in the audio. */
    private void hookMedia(SipSession session) {
        Channel made = channel;
        Optional<SessionMedia> audio = audio(session);
        FrameSink sink = listensForInbandDigits(audio) ? new InbandDigits(made, translator.get()) : made::queue;
        audio.flatMap(SessionMedia::rtp).ifPresent(rtp -> rtp.receiver(sink));
    }

    /** Digits travel in the audio (inband, or auto without telephone-event) and a translator can decode it. */
    private boolean listensForInbandDigits(Optional<SessionMedia> audio) {
        boolean inband = "inband".equals(dtmfMode)
                || ("auto".equals(dtmfMode) && audio.map(m -> m.telephoneEventPayloadType() < 0).orElse(false));
        return inband && translator.isPresent();
    }

    private static Optional<SessionMedia> audio(SipSession session) {
        return session.media("audio");
    }
}
