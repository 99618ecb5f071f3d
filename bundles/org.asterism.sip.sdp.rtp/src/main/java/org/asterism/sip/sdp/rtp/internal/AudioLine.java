package org.asterism.sip.sdp.rtp.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

import javax.sdp.Attribute;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;

import org.asterism.sip.api.config.HostText;
import org.asterism.sip.session.api.MediaDirection;

/**
 * Writes our audio m= line as create_outgoing_sdp_stream writes it: the payload types in preference order, then
 * telephone-event; its own c= line; an {@code a=rtpmap} for every payload (static ones too), {@code a=fmtp:<pt> 0-16}
 * for telephone-event, {@code a=ptime}, {@code a=maxptime}, and the direction last.
 */
final class AudioLine {

    /** codec_builtin.c's maximum_ms of ulaw, alaw and g722: the a=maxptime Asterisk writes for them. */
    static final int MAXIMUM_MS = 140;
    /** The payload type rtp_engine.c gives telephone-event/8000 in our offers. */
    static final int TELEPHONE_EVENT = 101;

    private AudioLine() {
    }

    /**
     * @param telephoneEvent the telephone-event/8000 payload type, -1 for none
     * @param ptime the {@code a=ptime} to write
     */
    static MediaDescription write(int port, InetAddress address, String profile, List<Payload> payloads,
            int telephoneEvent, int ptime, MediaDirection direction) throws SdpException {
        SdpFactory factory = SdpFactory.getInstance();
        List<String> types = new ArrayList<>();
        Vector<Attribute> attributes = new Vector<>();
        for (Payload payload : payloads) {
            types.add(Integer.toString(payload.type()));
            attributes.add(factory.createAttribute("rtpmap", payload.type() + " " + payload.format().sdpEncoding() + "/"
                    + payload.format().rtpClockRate()));
        }
        if (telephoneEvent >= 0) {
            types.add(Integer.toString(telephoneEvent));
            attributes.add(factory.createAttribute("rtpmap", telephoneEvent + " telephone-event/8000"));
            attributes.add(factory.createAttribute("fmtp", telephoneEvent + " 0-16"));
        }
        attributes.add(factory.createAttribute("ptime", Integer.toString(ptime)));
        attributes.add(factory.createAttribute("maxptime", Integer.toString(MAXIMUM_MS)));
        attributes.add(factory.createAttribute(direction.attribute(), null));

        MediaDescription line = factory.createMediaDescription("audio", port, 1, profile, types.toArray(String[]::new));
        line.setConnection(factory.createConnection("IN", address instanceof Inet6Address ? "IP6" : "IP4",
                HostText.address(address)));
        line.setAttributes(attributes);
        return line;
    }

    /**
     * An offer stream with nothing in it, as create_outgoing_sdp_stream writes one when no format can be offered:
     * port 0 and a dummy payload type.
     */
    static MediaDescription nothingToOffer(String profile) {
        return SdpFactory.getInstance().createMediaDescription("audio", 0, 1, profile, new String[] { "32" });
    }
}
