package org.asterism.sip.sdp.rtp.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.asterism.media.api.Format;

/**
 * The formats we answer an offer with, as ast_sip_create_joint_call_cap and pjmedia's negotiator (told to keep our
 * order, and to answer with several codecs unless {@code preferred_codec_only}) give them together: only formats both
 * sides have; in our {@code allow} order for "local..." preferences (the default for inbound calls), in the offer's
 * order for "remote..." ones (the default, remote_merge, for outbound calls); only the first for "..._first".
 */
final class FormatChoice {

    private FormatChoice() {
    }

    static List<Format> answer(AudioSettings settings, Collection<Format> offered) {
        List<Format> joint = new ArrayList<>();
        if (settings.prefersRemoteOrder()) {
            offered.stream().filter(settings.formats()::contains).forEach(joint::add);
        } else {
            settings.formats().stream().filter(offered::contains).forEach(joint::add);
        }
        return settings.keepsFirstOnly() && joint.size() > 1 ? List.of(joint.get(0)) : joint;
    }

    /** The formats of an answer to our offer that we offered, in our offer's order (set_caps' joint order). */
    static List<Format> answered(List<Payload> ours, Collection<Format> answered) {
        return ours.stream().map(Payload::format).filter(answered::contains).toList();
    }

    /** "(ulaw|alaw)", as ast_format_cap_get_names writes a list in log lines. */
    static String names(Collection<String> names) {
        return names.isEmpty() ? "(nothing)" : "(" + String.join("|", names) + ")";
    }
}
