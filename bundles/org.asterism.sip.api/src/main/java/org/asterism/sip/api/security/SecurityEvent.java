package org.asterism.sip.api.security;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sip.header.CallIdHeader;

import org.asterism.sip.api.SipRequestContext;

/**
 * One security event (Asterisk's {@code ast_security_event_common} and the fields of its type).
 *
 * @param service "PJSIP" for everything the SIP stack reports
 * @param accountId the endpoint, or the user name a request claimed when no endpoint matched
 * @param sessionId the request's Call-ID
 * @param transport "UDP", "TCP", as Asterisk writes it in addresses
 * @param details the fields of {@link SecurityEventType#requiredFields()} and {@link SecurityEventType#optionalFields()}
 */
public record SecurityEvent(SecurityEventType type, Instant time, String service, String accountId, String sessionId,
        String transport, InetSocketAddress local, InetSocketAddress remote, Map<String, String> details) {

    public static final String SERVICE_PJSIP = "PJSIP";

    /** Asterisk's account id for requests from no known endpoint (the artificial endpoint). */
    public static final String UNKNOWN_ACCOUNT = "<unknown>";

    public SecurityEvent {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** An event about a received request, now. */
    public static SecurityEvent of(SecurityEventType type, SipRequestContext request, String accountId, Map<String, String> details) {
        CallIdHeader callId = (CallIdHeader) request.request().getHeader(CallIdHeader.NAME);
        return new SecurityEvent(type, Instant.now(), SERVICE_PJSIP, accountId == null ? UNKNOWN_ACCOUNT : accountId,
                callId == null ? "" : callId.getCallId(), request.transport(), request.localAddress(), request.source(), details);
    }
}
