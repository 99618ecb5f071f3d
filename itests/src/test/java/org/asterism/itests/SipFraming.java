package org.asterism.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one SIP message from a stream transport: headers up to the blank line, then Content-Length octets. */
final class SipFraming {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^(?:content-length|l)[ \\t]*:[ \\t]*(\\d+)");

    private SipFraming() {
    }

    /** The next message, or null at end of stream; CRLF keep-alives between messages are skipped. */
    static String read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0; // how much of CRLFCRLF has been seen
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headText = head.toString(StandardCharsets.UTF_8);
        Matcher length = CONTENT_LENGTH.matcher(headText);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return headText + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }
}
