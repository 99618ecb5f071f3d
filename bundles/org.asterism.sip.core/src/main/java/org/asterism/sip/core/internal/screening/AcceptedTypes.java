package org.asterism.sip.core.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.AcceptHeader;
import javax.sip.message.Request;

/**
 * Whether a request's Accept header fields allow a response body of a given type (RFC 3261 §20.1,
 * media ranges as in RFC 2616 §14.1): {@code type/subtype}, {@code type/*} and the any-type range match,
 * and a range with {@code q=0} excludes the type. A request without Accept accepts the default,
 * {@code application/sdp} (RFC 3261 §20.1); an Accept header with no value accepts nothing.
 */
final class AcceptedTypes {

    private final List<AcceptHeader> ranges;

    private AcceptedTypes(List<AcceptHeader> ranges) {
        this.ranges = ranges;
    }

    /** The Accept ranges of the request; empty when it has no Accept header at all. */
    static AcceptedTypes of(Request request) {
        List<AcceptHeader> ranges = new ArrayList<>();
        ListIterator<?> headers = request.getHeaders(AcceptHeader.NAME);
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof AcceptHeader accept) {
                ranges.add(accept);
            }
        }
        return new AcceptedTypes(ranges);
    }

    boolean present() {
        return !ranges.isEmpty();
    }

    /** Whether a body of {@code type/subtype} may be sent; the most specific matching range decides. */
    boolean allows(String type, String subtype) {
        if (ranges.isEmpty()) {
            return "application".equalsIgnoreCase(type) && "sdp".equalsIgnoreCase(subtype);
        }
        int bestSpecificity = -1;
        boolean allowed = false;
        for (AcceptHeader range : ranges) {
            int specificity = specificity(range, type, subtype);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                allowed = quality(range) > 0f;
            }
        }
        return allowed;
    }

    /** 2 for an exact match, 1 for {@code type/*}, 0 for the any-type range, -1 for no match. */
    private static int specificity(AcceptHeader range, String type, String subtype) {
        String rangeType = range.getContentType();
        String rangeSubtype = range.getContentSubType();
        if (rangeType == null || rangeSubtype == null || rangeType.isBlank()) {
            return -1; // "Accept:" with no value
        }
        if ("*".equals(rangeType)) {
            return "*".equals(rangeSubtype) ? 0 : -1;
        }
        if (!rangeType.equalsIgnoreCase(type)) {
            return -1;
        }
        if ("*".equals(rangeSubtype)) {
            return 1;
        }
        return rangeSubtype.equalsIgnoreCase(subtype) ? 2 : -1;
    }

    private static float quality(AcceptHeader range) {
        String q = range.getParameter("q");
        if (q == null || q.isBlank()) {
            return 1f;
        }
        try {
            return Float.parseFloat(q.trim());
        } catch (NumberFormatException e) {
            return 1f; // a malformed q is no reason to refuse; treat the range as plain
        }
    }
}
