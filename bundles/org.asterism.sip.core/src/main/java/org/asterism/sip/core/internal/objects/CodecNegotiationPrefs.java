package org.asterism.sip.core.internal.objects;

import java.util.List;
import java.util.Map;

import org.asterism.sip.api.config.InvalidOptionException;

/**
 * Checks the {@code codec_prefs_*} options as Asterisk's {@code ast_stream_codec_prefs_parse} reads them:
 * comma-separated "name: value" pairs; prefer, operation, keep and transcode take the listed words; other names
 * are ignored; an incoming offer cannot use the union operation.
 */
final class CodecNegotiationPrefs {

    static final List<String> OPTIONS = List.of("codec_prefs_incoming_offer", "codec_prefs_outgoing_offer",
            "codec_prefs_incoming_answer", "codec_prefs_outgoing_answer");

    private static final Map<String, List<String>> VALUES = Map.of(
            "prefer", List.of("pending", "configured"),
            "operation", List.of("intersect", "union", "only_preferred", "only_nonpreferred"),
            "keep", List.of("all", "first"),
            "transcode", List.of("allow", "prevent"));

    private CodecNegotiationPrefs() {
    }

    static void check(String option, String value) throws InvalidOptionException {
        for (String pref : value.split(",")) {
            if (pref.isBlank()) {
                continue;
            }
            String[] parts = pref.trim().split("[:\\s]+");
            if (parts.length < 2 || parts[0].isEmpty()) {
                throw new InvalidOptionException(option, value, "codec preference '" + pref.trim() + "' is invalid");
            }
            List<String> allowed = VALUES.get(parts[0]);
            if (allowed != null && !allowed.contains(parts[1])) {
                throw new InvalidOptionException(option, value, "codec preference '" + parts[0] + "' must be one of "
                        + String.join(", ", allowed));
            }
            if (option.equals("codec_prefs_incoming_offer") && parts[0].equals("operation") && parts[1].equals("union")) {
                throw new InvalidOptionException(option, value, "an incoming offer cannot use operation: union");
            }
        }
    }
}
