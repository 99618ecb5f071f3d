package org.asterism.sip.identifier.ip.internal;

import java.util.Iterator;

import javax.sip.header.Header;
import javax.sip.message.Request;

import org.asterism.sip.api.config.InvalidOptionException;

/**
 * An identify's {@code match_header}: "Name: value" or "Name: /regex/". A request matches when any header of that
 * name (compared without case, as PJSIP finds headers) has a value, trimmed, that matches.
 *
 * @param written the option value as configured, which {@code pjsip show identifies} prints
 * @param name the header name
 * @param value what its value must match
 */
public record HeaderMatch(String written, String name, TextMatch value) {

    static final String OPTION = "match_header";

    public static HeaderMatch parse(String written) throws InvalidOptionException {
        int colon = written.indexOf(':');
        if (colon < 0) {
            throw new InvalidOptionException(OPTION, written, "missing ':' separator between header name and value");
        }
        String name = written.substring(0, colon).trim();
        if (name.isEmpty()) {
            throw new InvalidOptionException(OPTION, written, "no SIP header to match");
        }
        return new HeaderMatch(written, name, TextMatch.parse(OPTION, written.substring(colon + 1).trim()));
    }

    public boolean matches(Request request) {
        Iterator<?> headers = request.getHeaders(name);
        while (headers != null && headers.hasNext()) {
            if (value.matches(valueOf((Header) headers.next()))) {
                return true;
            }
        }
        return false;
    }

    /** A header's value as the message carries it: its line without the name, trimmed. */
    static String valueOf(Header header) {
        String line = header.toString();
        int colon = line.indexOf(':');
        return (colon < 0 ? line : line.substring(colon + 1)).trim();
    }

    /** Whether the request has a header of this name at all, for the debug lines. */
    boolean present(Request request) {
        Iterator<?> headers = request.getHeaders(name);
        return headers != null && headers.hasNext();
    }
}
