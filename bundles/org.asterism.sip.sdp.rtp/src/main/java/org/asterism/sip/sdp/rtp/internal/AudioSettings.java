package org.asterism.sip.sdp.rtp.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.asterism.media.api.Format;
import org.asterism.sip.api.endpoint.Endpoint;

/**
 * What an endpoint's configuration says about its audio streams, as res_pjsip_sdp_rtp reads
 * {@code ast_sip_endpoint_media_configuration}.
 *
 * @param formats the {@code allow} formats that can go in an SDP, in preference order
 * @param framing packetisation per format from {@code allow=ulaw:30}; formats without one use {@link #DEFAULT_MS}
 * @param dtmfMode {@code dtmf_mode}
 * @param useAvpf {@code use_avpf}: RTP/AVPF instead of RTP/AVP, both offered and accepted
 * @param usePtime {@code use_ptime}: send with the packetisation the peer's {@code a=ptime} asks for
 * @param offerPreference {@code incoming_call_offer_pref} (inbound sessions) or {@code outgoing_call_offer_pref}
 *        (outbound ones), with {@code preferred_codec_only} folded in as Asterisk folds it (local_first)
 * @param rtpSymmetric {@code rtp_symmetric}
 */
record AudioSettings(List<Format> formats, Map<Format, Integer> framing, String dtmfMode, boolean useAvpf,
        boolean usePtime, String offerPreference, boolean rtpSymmetric) {

    /** codec_builtin.c's default_ms for ulaw, alaw and g722. */
    static final int DEFAULT_MS = 20;

    AudioSettings {
        formats = List.copyOf(formats);
        framing = Map.copyOf(framing);
    }

    static AudioSettings of(Endpoint endpoint, boolean inbound) {
        Map<String, String> options = endpoint.options();
        List<Format> formats = new ArrayList<>();
        for (String name : endpoint.allow()) {
            Format.byName(name).filter(format -> !format.sdpEncoding().isEmpty())
                    .filter(format -> !formats.contains(format)).ifPresent(formats::add);
        }
        String preference;
        if (inbound) {
            preference = yes(options, "preferred_codec_only") ? "local_first"
                    : options.getOrDefault("incoming_call_offer_pref", "local");
        } else {
            preference = options.getOrDefault("outgoing_call_offer_pref", "remote_merge");
        }
        return new AudioSettings(formats, framing(options.getOrDefault("allow", "")), endpoint.dtmfMode(),
                yes(options, "use_avpf"), yes(options, "use_ptime"), preference.toLowerCase(Locale.ROOT),
                endpoint.rtpSymmetric());
    }

    /** The profile we write on m= lines and accept in offers: ast_sdp_get_rtp_profile without SRTP. */
    String profile() {
        return useAvpf ? "RTP/AVPF" : "RTP/AVP";
    }

    /** Whether a stream in this profile can be taken, as check_endpoint_media_transport decides without SRTP. */
    boolean accepts(String protocol) {
        return protocol != null && protocol.equalsIgnoreCase(profile());
    }

    /** Whether RFC 4733 events are offered and answered: create_outgoing_sdp_stream's {@code noncodec}. */
    boolean telephoneEvents() {
        return switch (dtmfMode) {
            case "rfc4733", "auto", "auto_info" -> true;
            default -> false;
        };
    }

    /** Whether the codec list we answer with keeps the offerer's order ("remote..."), not ours. */
    boolean prefersRemoteOrder() {
        return offerPreference.startsWith("remote");
    }

    /** Whether only the most preferred common codec is kept ("..._first"). */
    boolean keepsFirstOnly() {
        return offerPreference.endsWith("_first");
    }

    /** The packetisation of a set of formats: the smallest, as ast_format_cap_get_framing gives it. */
    int framing(List<Format> of) {
        return of.stream().mapToInt(format -> framing.getOrDefault(format, DEFAULT_MS)).min().orElse(DEFAULT_MS);
    }

    private static boolean yes(Map<String, String> options, String option) {
        return Optional.ofNullable(options.get(option)).map(v -> v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true")
                || v.equals("1") || v.equalsIgnoreCase("on")).orElse(false);
    }

    /** "ulaw:30,alaw|g722:40" as joined allow lines: the framing of each format that has one (the last one wins). */
    private static Map<Format, Integer> framing(String allow) {
        Map<Format, Integer> framing = new HashMap<>();
        for (String item : allow.split("[,|]")) {
            int colon = item.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String digits = item.substring(colon + 1).trim();
            int end = 0;
            while (end < digits.length() && Character.isDigit(digits.charAt(end)) && end < 6) {
                end++;
            }
            Optional<Format> format = Format.byName(item.substring(0, colon).trim().replace("!", ""));
            if (end > 0 && format.isPresent() && Integer.parseInt(digits.substring(0, end)) > 0) {
                framing.put(format.get(), Integer.parseInt(digits.substring(0, end)));
            }
        }
        return framing;
    }
}
