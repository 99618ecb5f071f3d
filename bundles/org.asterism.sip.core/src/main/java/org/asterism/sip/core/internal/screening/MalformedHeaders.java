package org.asterism.sip.core.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.SIPMessage;

/**
 * Finds the header fields the stack could not parse and the server relies on.
 *
 * <p>NIST's UDP channel ({@code UDPMessageChannel.handleException}) rejects a datagram only when the
 * request line, Via, From, To, Call-ID, CSeq or Content-Length fails to parse; any other header that
 * fails is taken out of the message and kept as raw text in {@link SIPMessage#getUnrecognizedHeaders()}.
 * So a {@code Max-Forwards: 300} or an {@code Expires} beyond 2^32-1 (RFC 4475 §3.1.2.4) leaves the
 * request looking as if the header were absent. This class names those headers when they matter to
 * processing (routing, extensions, bodies, registration, authentication, events); a malformed header
 * that is only informative, such as a non-GMT {@code Date} (RFC 4475 §3.1.2.12), is ignored.
 */
final class MalformedHeaders {

    /** Lower-case full names of the headers whose malformation makes the request unprocessable. */
    private static final Set<String> RELIED_ON = Set.of("via", "from", "to", "call-id", "cseq", "content-length",
            "max-forwards", "expires", "min-expires", "contact", "route", "record-route", "path", "require",
            "proxy-require", "supported", "content-type", "content-encoding", "content-disposition", "accept",
            "accept-encoding", "authorization", "proxy-authorization", "event", "allow-events",
            "subscription-state", "refer-to", "referred-by", "replaces", "rack", "rseq", "session-expires", "min-se",
            "sip-if-match");

    /** RFC 3261 §7.3.3 compact forms, and those of later RFCs, to full names. */
    private static final Map<String, String> COMPACT = Map.ofEntries(Map.entry("a", "Accept-Contact"),
            Map.entry("b", "Referred-By"), Map.entry("c", "Content-Type"), Map.entry("d", "Request-Disposition"),
            Map.entry("e", "Content-Encoding"), Map.entry("f", "From"), Map.entry("i", "Call-ID"),
            Map.entry("j", "Reject-Contact"), Map.entry("k", "Supported"), Map.entry("l", "Content-Length"),
            Map.entry("m", "Contact"), Map.entry("n", "Identity-Info"), Map.entry("o", "Event"),
            Map.entry("r", "Refer-To"), Map.entry("s", "Subject"), Map.entry("t", "To"), Map.entry("u", "Allow-Events"),
            Map.entry("v", "Via"), Map.entry("x", "Session-Expires"), Map.entry("y", "Identity"));

    private MalformedHeaders() {
    }

    /**
     * The names of the malformed headers the server relies on, in the order they came, each once: as
     * written in the request, or in full for a compact form ({@code m} is named Contact).
     */
    static List<String> in(Request request) {
        List<String> names = new ArrayList<>();
        if (!(request instanceof SIPMessage message)) {
            return names;
        }
        ListIterator<String> unparsed = message.getUnrecognizedHeaders();
        while (unparsed.hasNext()) {
            String line = unparsed.next();
            int colon = line == null ? -1 : line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String written = line.substring(0, colon).trim();
            String name = COMPACT.getOrDefault(written.toLowerCase(Locale.ROOT), written);
            if (RELIED_ON.contains(name.toLowerCase(Locale.ROOT)) && names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return names;
    }
}
