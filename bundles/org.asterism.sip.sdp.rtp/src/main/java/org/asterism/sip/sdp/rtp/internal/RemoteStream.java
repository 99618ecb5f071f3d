package org.asterism.sip.sdp.rtp.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Vector;

import javax.sdp.Attribute;
import javax.sdp.Connection;
import javax.sdp.Media;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SessionDescription;

import org.asterism.media.api.Format;
import org.asterism.sip.api.config.IpLiteral;
import org.asterism.sip.session.api.MediaDirection;

/**
 * One audio m= line of the peer's SDP, read as res_pjsip_sdp_rtp's get_codecs reads it: formats from {@code a=rtpmap}
 * or, without one, RFC 3551's static payload types; the first {@code telephone-event/8000}; {@code a=ptime},
 * {@code a=maxptime}; the direction (media level, else session level); the connection address (media level, else
 * session level), parsed as a literal only: nothing here asks DNS.
 *
 * @param formats payload type to format, in m= line order; payload types we cannot use are left out
 * @param offered every payload of the m= line as a name, for log lines ("ulaw", "opus", "101")
 * @param telephoneEvent the {@code telephone-event/8000} payload type, -1 for none
 * @param ptime {@code a=ptime} in ms, 0 for none
 * @param maxptime {@code a=maxptime} in ms, 0 for none
 * @param address the connection address, empty when missing or not an IP literal
 */
record RemoteStream(String protocol, int port, Map<Integer, Format> formats, List<String> offered,
        int telephoneEvent, int ptime, int maxptime, MediaDirection direction, Optional<InetAddress> address) {

    private static final Map<Integer, Format> STATIC_TYPES = Map.of(0, Format.ULAW, 8, Format.ALAW, 9, Format.G722);
    /** Other names rtp_engine.c maps to the same formats. */
    private static final Map<String, Format> ALIASES = Map.of("G711U", Format.ULAW, "G711A", Format.ALAW);

    RemoteStream {
        formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
        offered = List.copyOf(offered);
    }

    static RemoteStream parse(SessionDescription sdp, MediaDescription description) throws SdpException {
        Media media = description.getMedia();
        List<Attribute> attributes = attributes(description.getAttributes(false));
        Map<String, String> rtpmaps = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            String value = attribute.getValue();
            if ("rtpmap".equalsIgnoreCase(attribute.getName()) && value != null) {
                String[] parts = value.trim().split("\\s+", 2);
                rtpmaps.putIfAbsent(parts[0], parts.length > 1 ? parts[1].trim() : "");
            }
        }
        Map<Integer, Format> formats = new LinkedHashMap<>();
        List<String> offered = new ArrayList<>();
        int telephoneEvent = -1;
        for (Object item : nonNull(media.getMediaFormats(false))) {
            String text = item.toString().trim();
            int type = number(text, -1);
            if (type < 0 || type > 127) {
                offered.add(text);
                continue;
            }
            String rtpmap = rtpmaps.get(text);
            Optional<Format> format;
            if (rtpmap == null) {
                format = Optional.ofNullable(STATIC_TYPES.get(type));
                offered.add(format.map(Format::name).orElse(text));
            } else {
                String[] encoding = rtpmap.split("/");
                int rate = encoding.length > 1 ? number(encoding[1].trim(), 0) : 0;
                if (encoding[0].equalsIgnoreCase("telephone-event")) {
                    offered.add(text);
                    if (telephoneEvent < 0 && rate == 8000) {
                        telephoneEvent = type;
                    }
                    continue;
                }
                format = Format.bySdp(encoding[0], rate)
                        .or(() -> Optional.ofNullable(ALIASES.get(encoding[0].toUpperCase(Locale.ROOT)))
                                .filter(alias -> alias.rtpClockRate() == rate));
                offered.add(format.map(Format::name).orElse(encoding[0].toLowerCase(Locale.ROOT)));
            }
            if (format.isPresent() && !formats.containsValue(format.get())) {
                formats.put(type, format.get());
            }
        }
        Connection connection = Optional.ofNullable(description.getConnection()).orElse(sdp.getConnection());
        Optional<InetAddress> address = Optional.empty();
        if (connection != null && connection.getAddress() != null) {
            address = IpLiteral.parse(connection.getAddress().trim());
        }
        Optional<MediaDirection> direction = direction(attributes);
        if (direction.isEmpty()) {
            direction = direction(attributes(sdp.getAttributes(false)));
        }
        return new RemoteStream(media.getProtocol(), media.getMediaPort(), formats, offered, telephoneEvent,
                number(value(attributes, "ptime"), 0), number(value(attributes, "maxptime"), 0),
                direction.orElse(MediaDirection.SENDRECV), address);
    }

    /** The payload type the peer gave a format, -1 if it did not offer it. */
    int payloadType(Format format) {
        return formats.entrySet().stream().filter(entry -> entry.getValue().equals(format))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** Whether the connection address is 0.0.0.0 (or ::): RFC 2543's way to put the other side on hold. */
    boolean heldByAddress() {
        return address.map(InetAddress::isAnyLocalAddress).orElse(false);
    }

    /**
     * What the peer wants, hold by address included: with c=0.0.0.0 it does not want to receive, whatever its
     * direction attribute says (Asterisk counts it as remotely held, as it does sendonly and inactive).
     */
    MediaDirection wanted() {
        if (!heldByAddress()) {
            return direction;
        }
        return direction.sends() ? MediaDirection.SENDONLY : MediaDirection.INACTIVE;
    }

    private static Optional<MediaDirection> direction(List<Attribute> attributes) throws SdpException {
        for (Attribute attribute : attributes) {
            for (MediaDirection direction : MediaDirection.values()) {
                if (direction.attribute().equalsIgnoreCase(attribute.getName())) {
                    return Optional.of(direction);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Attribute> attributes(Vector<?> vector) {
        List<Attribute> attributes = new ArrayList<>();
        for (Object item : nonNull(vector)) {
            if (item instanceof Attribute attribute) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    private static String value(List<Attribute> attributes, String name) throws SdpException {
        for (Attribute attribute : attributes) {
            if (name.equalsIgnoreCase(attribute.getName())) {
                return attribute.getValue();
            }
        }
        return null;
    }

    private static List<?> nonNull(Vector<?> vector) {
        return vector == null ? List.of() : vector;
    }

    /** Leading digits as pj_strtoul reads them; {@code otherwise} when there are none. */
    static int number(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        String trimmed = text.trim();
        int end = 0;
        while (end < trimmed.length() && end < 9 && Character.isDigit(trimmed.charAt(end))) {
            end++;
        }
        return end == 0 ? otherwise : Integer.parseInt(trimmed.substring(0, end));
    }
}
