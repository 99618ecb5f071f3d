package org.asterism.sip.sdp.rtp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;

import org.asterism.sip.api.endpoint.Endpoint;

/** Real SDP parsed by JAIN-SIP's javax.sdp from text, and endpoints as pjsip.conf would make them. */
final class Sdp {

    private Sdp() {
    }

    /** An SDP from the peer at 192.0.2.10: session lines, then the lines given (m=, a=...). */
    static SessionDescription peer(String... lines) {
        return parse(List.of("v=0", "o=- 1 1 IN IP4 192.0.2.10", "s=-", "c=IN IP4 192.0.2.10", "t=0 0"), lines);
    }

    /** An SDP with no session-level c= line. */
    static SessionDescription peerWithoutSessionConnection(String... lines) {
        return parse(List.of("v=0", "o=- 1 1 IN IP4 192.0.2.10", "s=-", "t=0 0"), lines);
    }

    private static SessionDescription parse(List<String> head, String... lines) {
        List<String> all = new ArrayList<>(head);
        all.addAll(Arrays.asList(lines));
        try {
            return SdpFactory.getInstance().createSessionDescription(String.join("\r\n", all) + "\r\n");
        } catch (SdpException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The first m= line of an SDP. */
    static MediaDescription media(SessionDescription sdp) {
        return media(sdp, 0);
    }

    static MediaDescription media(SessionDescription sdp, int index) {
        try {
            return (MediaDescription) sdp.getMediaDescriptions(false).get(index);
        } catch (SdpException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The text of an m= section as it goes on the wire, lines joined with "|" for readable assertions. */
    static String text(MediaDescription media) {
        return String.join("|", media.toString().split("\r\n"));
    }

    /**
     * An endpoint with Asterisk's defaults, its allow line as written ("ulaw:30,alaw"), and options as pjsip.conf
     * gives them ("use_ptime", "yes", ...).
     */
    static Endpoint endpoint(String allow, String dtmfMode, String... options) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < options.length; i += 2) {
            map.put(options[i], options[i + 1]);
        }
        map.put("allow", allow);
        List<String> names = new ArrayList<>();
        for (String item : allow.split("[,|]")) {
            String name = item.replaceAll(":.*", "").trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        boolean symmetric = "yes".equals(map.get("rtp_symmetric"));
        return new Endpoint("6001", "default", List.of("6001"), List.of(), List.of(), List.of("username"),
                Optional.empty(), names, Optional.empty(), Optional.empty(), List.of(), false, true, symmetric, true,
                dtmfMode, Optional.empty(), false, false, "yes", 90, 1800, "yes", "", List.of(), "", map);
    }
}
