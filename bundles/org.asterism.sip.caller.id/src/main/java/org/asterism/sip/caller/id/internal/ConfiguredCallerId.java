package org.asterism.sip.caller.id.internal;

import java.util.Locale;
import java.util.Map;

import org.asterism.sip.api.endpoint.Endpoint;

/**
 * An endpoint's own caller ID ({@code id.self}): {@code callerid} split as ast_callerid_split splits it, and
 * {@code callerid_privacy} read as ast_parse_caller_presentation reads it.
 *
 * @param name "" when none
 * @param number "" when none
 * @param restricted whether {@code callerid_privacy} is anything but an "allowed..." presentation
 */
record ConfiguredCallerId(String name, String number, boolean restricted) {

    /** AST_PRES_RESTRICTION: the presentation bits saying allowed (0), restricted (0x20) or unavailable (0x40). */
    private static final int RESTRICTION = 0x60;
    private static final Map<String, Integer> PRESENTATIONS = Map.of("allowed_not_screened", 0x00,
            "allowed_passed_screen", 0x01, "allowed_failed_screen", 0x02, "allowed", 0x03, "prohib_not_screened", 0x20,
            "prohib_passed_screen", 0x21, "prohib_failed_screen", 0x22, "prohib", 0x23, "unavailable", 0x43);

    static ConfiguredCallerId of(Endpoint endpoint) {
        String text = endpoint.callerid().orElse("");
        String privacy = endpoint.options().getOrDefault("callerid_privacy", "allowed_not_screened");
        boolean restricted = (presentation(privacy) & RESTRICTION) != 0;
        return split(text, restricted);
    }

    /** ast_callerid_parse: "Name" &lt;number&gt;, Name &lt;number&gt;, a bare number, or a bare name. */
    static ConfiguredCallerId split(String text, boolean restricted) {
        String input = text.strip();
        String unquoted = stripQuoted(input);
        boolean quotesStripped = unquoted.length() != input.length();
        String name = "";
        String number = "";
        int open = unquoted.lastIndexOf('<');
        if (open >= 0) {
            int close = unquoted.indexOf('>', open);
            number = shrink(close >= 0 ? unquoted.substring(open + 1, close) : unquoted.substring(open + 1));
            name = unescape(stripQuoted(unquoted.substring(0, open)));
        } else {
            String shrunk = shrink(unquoted);
            if (!quotesStripped && !shrunk.isEmpty() && shrunk.chars().allMatch(c -> "0123456789*#+".indexOf(c) >= 0)) {
                number = shrunk;
            } else {
                name = unescape(stripQuoted(unquoted));
            }
        }
        return new ConfiguredCallerId(name, number, restricted);
    }

    private static int presentation(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.matches("-?\\d+")) {
            return Integer.parseInt(lower);
        }
        return PRESENTATIONS.getOrDefault(lower, 0);
    }

    /** ast_strip_quoted with double quotes: blanks off, then one pair of surrounding quotes. */
    private static String stripQuoted(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    /** ast_unescape_quoted: a backslash keeps the character after it. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** ast_shrink_phone_number: drops blanks, parentheses, dashes outside brackets and dots but a final one. */
    static String shrink(String number) {
        StringBuilder out = new StringBuilder();
        int bracketed = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            switch (c) {
                case '[' -> {
                    bracketed++;
                    out.append(c);
                }
                case ']' -> {
                    bracketed--;
                    out.append(c);
                }
                case '-' -> {
                    if (bracketed > 0) {
                        out.append(c);
                    }
                }
                case '.' -> {
                    if (i == number.length() - 1) {
                        out.append(c);
                    }
                }
                case '(', ' ', ')' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
