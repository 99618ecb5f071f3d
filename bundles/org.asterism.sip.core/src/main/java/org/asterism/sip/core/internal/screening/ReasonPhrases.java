package org.asterism.sip.core.internal.screening;

import java.nio.charset.StandardCharsets;

/**
 * Makes text taken from a request (a method, a URI scheme, an option tag) safe to quote in a reason
 * phrase. RFC 3261's Reason-Phrase allows reserved and unreserved characters, escapes, UTF-8 and
 * spaces; anything else (a backquote, a bare {@code %}, a control character...) is percent-escaped, and
 * long text is cut, so a hostile request cannot shape the status line of our answer.
 */
final class ReasonPhrases {

    static final int MAX_QUOTED = 64;

    private static final String ALLOWED_ASCII = ";/?:@&=+$,-_.!~*'() ";

    private ReasonPhrases() {
    }

    static String quote(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int length = Math.min(text.length(), MAX_QUOTED);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !Character.isISOControl(c) && !Character.isSurrogate(c)) {
                out.append(c);
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED_ASCII.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        if (text.length() > MAX_QUOTED) {
            out.append("...");
        }
        return out.toString();
    }
}
