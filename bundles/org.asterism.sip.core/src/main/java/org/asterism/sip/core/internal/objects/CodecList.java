package org.asterism.sip.core.internal.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asterism.sip.api.config.InvalidOptionException;

/**
 * An endpoint's codecs in preference order, built from {@code allow} and {@code disallow} items as Asterisk's
 * {@code ast_format_cap_update_by_allow_disallow} builds them: items separated by "," or "|"; "all" adds every
 * codec Asterisk knows (or, disallowed, removes every one); "!" inverts an item; ":20" sets framing (checked,
 * then dropped); a codec already in the list keeps its place; an unknown codec is an error.
 */
final class CodecList {

    /**
     * Asterisk's built-in formats in the order main/codec_builtin.c registers their codecs, which is the order
     * "allow=all" adds them in ("none" is known but never added by "all").
     */
    static final List<String> ASTERISK_FORMATS = List.of("codec2", "g723", "ulaw", "alaw", "gsm", "g726", "g726aal2",
            "adpcm", "slin", "slin12", "slin16", "slin24", "slin32", "slin44", "slin48", "slin96", "slin192", "lpc10",
            "g729", "speex", "speex16", "speex32", "ilbc", "g722", "siren7", "siren14", "g719", "opus", "jpeg", "png",
            "h261", "h263", "h263p", "h264", "h265", "mpeg4", "vp8", "vp9", "red", "t140", "t38", "none", "silk8",
            "silk12", "silk16", "silk24");

    private final List<String> codecs = new ArrayList<>();

    /** An endpoint's list from its allow and disallow lines, applied in the order written, as Asterisk applies them. */
    static List<String> forEndpoint(List<Map.Entry<String, String>> lines) throws InvalidOptionException {
        CodecList list = new CodecList();
        for (Map.Entry<String, String> line : lines) {
            list.apply(line.getKey(), line.getValue(), line.getKey().equals("allow"));
        }
        return list.codecs();
    }

    /** Applies one {@code allow=} ({@code allowing}) or {@code disallow=} value. */
    void apply(String option, String value, boolean allowing) throws InvalidOptionException {
        String list = value.trim();
        if (list.length() >= 2 && list.startsWith("(") && list.endsWith(")")) {
            // the form Asterisk prints a list in ("(ulaw|alaw)"): replaces everything
            list = list.substring(1, list.length() - 1);
            if (allowing) {
                codecs.clear();
            } else {
                addAll();
            }
        }
        for (String part : list.split("[,|]")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            boolean adding = allowing;
            if (item.startsWith("!")) {
                adding = !allowing;
                item = item.substring(1);
            }
            int colon = item.lastIndexOf(':');
            if (colon >= 0) {
                checkFraming(option, value, item.substring(colon + 1));
                item = item.substring(0, colon);
            }
            String name = item.toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                if (adding) {
                    addAll();
                } else {
                    codecs.clear();
                }
            } else if (!ASTERISK_FORMATS.contains(name)) {
                throw new InvalidOptionException(option, value, "cannot " + (adding ? "allow" : "disallow")
                        + " unknown format '" + item + "'; Asterisk's names are " + String.join(", ", ASTERISK_FORMATS));
            } else if (adding) {
                if (!codecs.contains(name)) {
                    codecs.add(name);
                }
            } else {
                codecs.remove(name);
            }
        }
    }

    List<String> codecs() {
        return List.copyOf(codecs);
    }

    private void addAll() {
        for (String name : ASTERISK_FORMATS) {
            if (!name.equals("none") && !codecs.contains(name)) {
                codecs.add(name);
            }
        }
    }

    /** As Asterisk's sscanf("%d"): leading digits, not negative. */
    private static void checkFraming(String option, String value, String framing) throws InvalidOptionException {
        String digits = framing.trim();
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new InvalidOptionException(option, value, "bad packetization value '" + framing + "'");
        }
    }
}
