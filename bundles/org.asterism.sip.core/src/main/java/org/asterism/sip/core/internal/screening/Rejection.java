package org.asterism.sip.core.internal.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal of a request: the status, a reason phrase naming the problem (what an operator sees in a
 * trace), and headers to add to the response, in order.
 *
 * <p>Header values may be comma-separated lists ({@code Allow: OPTIONS, INVITE}) or empty (an
 * {@code Accept} with no types). JAIN-SIP's {@code HeaderFactory.createHeader(name, value)} refuses
 * a comma-separated value for list headers ("Only singleton allowed"); {@link RejectionHeaders#addTo}
 * adds them correctly.
 *
 * @param status a final status code, 300 to 699
 * @param reason the reason phrase, never null
 * @param headers header name to value, iteration order kept
 */
public record Rejection(int status, String reason, Map<String, String> headers) {

    public Rejection {
        if (status < 300 || status > 699) {
            throw new IllegalArgumentException("Not a final failure status: " + status);
        }
        Objects.requireNonNull(reason, "reason");
        headers = headers == null || headers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static Rejection of(int status, String reason) {
        return new Rejection(status, reason, Map.of());
    }

    static Rejection of(int status, String reason, String headerName, String headerValue) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(headerName, headerValue);
        return new Rejection(status, reason, headers);
    }
}
