package org.asterism.sip.session.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import java.util.concurrent.ThreadLocalRandom;
import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SdpParseException;
import javax.sdp.SessionDescription;
import org.asterism.sip.session.api.SdpHandler;
import org.asterism.sip.session.api.SipSession;

/**
 * One session's side of RFC 3264 offer/answer: the streams in m= line order, each negotiated by the
 * {@link SdpHandler} of its type, and the SDP around them (o= with one session id and a version that grows with every
 * SDP we send, s=, t=, a session-level c= from the first accepted stream).
 */
final class SdpNegotiator {

    private final SdpFactory factory = SdpFactory.getInstance();
    private final SessionExtensions extensions;
    private final SipSession session;
    private final List<SessionMediaImpl> streams = new ArrayList<>();
    private final long sessionId = ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE);
    private long version = sessionId;

    SdpNegotiator(SessionExtensions extensions, SipSession session) {
        this.extensions = extensions;
        this.session = session;
    }

    static SessionDescription parse(String text) throws SdpParseException {
        return SdpFactory.getInstance().createSessionDescription(text);
    }

    synchronized List<SessionMediaImpl> streams() {
        return List.copyOf(streams);
    }

    /**
     * Answers an offer, stream by stream; empty when no stream could be accepted (the caller answers 488).
     */
    synchronized Optional<SessionDescription> answer(SessionDescription offer) throws SdpException {
        @SuppressWarnings("unchecked")
        Vector<MediaDescription> offered = offer.getMediaDescriptions(false);
        List<MediaDescription> lines = new ArrayList<>();
        boolean accepted = false;
        for (int index = 0; offered != null && index < offered.size(); index++) {
            MediaDescription remote = offered.get(index);
            String type = remote.getMedia().getMediaType();
            SessionMediaImpl stream = stream(type, index);
            Optional<SdpHandler> handler = extensions.handler(type);
            Optional<MediaDescription> line = handler.isPresent() ? handler.get().answer(session, stream, offer, remote) : Optional.empty();
            if (line.isPresent()) {
                accepted = true;
                lines.add(line.get());
            } else {
                handler.ifPresent(h -> h.stop(session, stream));
                stream.close();
                lines.add(declined(remote));
            }
        }
        return accepted ? Optional.of(describe(lines)) : Optional.empty();
    }

    /** Our offer: every stream we have (an audio stream first, if there is none yet and a handler for audio). */
    synchronized Optional<SessionDescription> offer() throws SdpException {
        if (streams.isEmpty() && extensions.handler("audio").isPresent()) {
            streams.add(new SessionMediaImpl("audio", 0));
        }
        List<MediaDescription> lines = new ArrayList<>();
        for (SessionMediaImpl stream : streams) {
            Optional<SdpHandler> handler = extensions.handler(stream.type());
            if (handler.isPresent()) {
                lines.add(handler.get().offer(session, stream));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(describe(lines));
    }

    /** Applies the answer to our offer; false when no stream of it is usable. */
    synchronized boolean applyAnswer(SessionDescription answer) throws SdpException {
        @SuppressWarnings("unchecked")
        Vector<MediaDescription> answered = answer.getMediaDescriptions(false);
        boolean usable = false;
        for (int index = 0; answered != null && index < answered.size() && index < streams.size(); index++) {
            SessionMediaImpl stream = streams.get(index);
            Optional<SdpHandler> handler = extensions.handler(stream.type());
            if (handler.isPresent() && handler.get().answered(session, stream, answer, answered.get(index))) {
                usable = true;
            }
        }
        return usable;
    }

    /** The session is over: every handler releases its stream, and any RTP left open is closed. */
    synchronized void stop() {
        for (SessionMediaImpl stream : streams) {
            extensions.handler(stream.type()).ifPresent(handler -> {
                try {
                    handler.stop(session, stream);
                } catch (RuntimeException e) {
                    // a handler failing to clean up must not keep the others from it
                }
            });
            stream.close();
        }
    }

    private SessionMediaImpl stream(String type, int index) {
        if (index < streams.size()) {
            SessionMediaImpl existing = streams.get(index);
            if (existing.type().equals(type)) {
                return existing;
            }
            existing.close();
            SessionMediaImpl replaced = new SessionMediaImpl(type, index);
            streams.set(index, replaced);
            return replaced;
        }
        SessionMediaImpl created = new SessionMediaImpl(type, index);
        streams.add(created);
        return created;
    }

    private MediaDescription declined(MediaDescription remote) throws SdpException {
        @SuppressWarnings("unchecked")
        Vector<String> formats = remote.getMedia().getMediaFormats(false);
        String[] list = formats == null || formats.isEmpty() ? new String[] {"0"} : formats.toArray(new String[0]);
        return factory.createMediaDescription(remote.getMedia().getMediaType(), 0, 1, remote.getMedia().getProtocol(), list);
    }

    private SessionDescription describe(List<MediaDescription> lines) throws SdpException {
        InetAddress address = session.mediaAddress();
        String family = address instanceof Inet6Address ? Connection.IP6 : Connection.IP4;
        SessionDescription description = factory.createSessionDescription();
        description.setVersion(factory.createVersion(0));
        description.setOrigin(factory.createOrigin("-", sessionId, ++version, Connection.IN, family, address.getHostAddress()));
        description.setSessionName(factory.createSessionName("Asterism"));
        Connection connection = lines.stream().filter(line -> line.getConnection() != null)
                .map(MediaDescription::getConnection).findFirst().orElse(null);
        description.setConnection(connection != null ? connection : factory.createConnection(Connection.IN, family, address.getHostAddress()));
        Vector<Object> times = new Vector<>();
        times.add(factory.createTimeDescription());
        description.setTimeDescriptions(times);
        description.setMediaDescriptions(new Vector<>(lines));
        return description;
    }
}
