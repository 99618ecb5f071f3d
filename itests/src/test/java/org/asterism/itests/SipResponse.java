package org.asterism.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A SIP response as received on the wire: status line and headers, parsed just enough for assertions. */
public final class SipResponse {

    private static final Map<String, String> COMPACT = Map.of(
        "i", "call-id", "m", "contact", "e", "content-encoding", "l", "content-length", "c", "content-type",
        "f", "from", "s", "subject", "k", "supported", "t", "to", "v", "via");

    private final String raw;
    private final int status;
    private final String reason;
    private final List<String[]> headers;

    private SipResponse(String raw, int status, String reason, List<String[]> headers) {
        this.raw = raw;
        this.status = status;
        this.reason = reason;
        this.headers = headers;
    }

    /** Parses {@code text}; returns null when it is not a SIP/2.0 response (e.g. a request). */
    public static SipResponse parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].equals("SIP/2.0") || !statusLine[1].matches("\\d{3}")) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + " " + line.trim();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                headers.add(new String[] {COMPACT.getOrDefault(name, name), line.substring(colon + 1).trim()});
            }
        }
        return new SipResponse(text, Integer.parseInt(statusLine[1]), statusLine.length > 2 ? statusLine[2] : "", headers);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** All values of a header (by full or compact name, any case), in order; comma lists are not split. */
    public List<String> headers(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        key = COMPACT.getOrDefault(key, key);
        List<String> values = new ArrayList<>();
        for (String[] header : headers) {
            if (header[0].equals(key)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    /** The values of a header joined with ", " (null when absent). */
    public String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** The tokens of a comma-list header such as Allow, upper-cased. */
    public List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        String value = header(name);
        if (value != null) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    tokens.add(token.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        return tokens;
    }

    public String raw() {
        return raw;
    }

    @Override
    public String toString() {
        return status + " " + reason;
    }
}
