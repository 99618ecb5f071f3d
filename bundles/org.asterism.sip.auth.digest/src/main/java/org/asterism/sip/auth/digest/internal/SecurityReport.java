package org.asterism.sip.auth.digest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sip.header.WWWAuthenticateHeader;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.security.FailedRequestNotice;
import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the world how an authentication went, as Asterisk's distributor does: the security event of the outcome
 * (ast_sip_report_auth_success, _challenge_sent, _failed_challenge_response) and, for a failure, the NOTICE
 * "Request 'X' from '...' failed for '...' (callid: ...) - Failed to authenticate".
 */
final class SecurityReport {

    private static final Logger LOG = LoggerFactory.getLogger(DigestAuthenticator.class);

    private final SecurityEvents events;

    SecurityReport(SecurityEvents events) {
        this.events = events;
    }

    /**
     * @param presented the credentials the outcome was judged on, if any
     * @param challenges the challenges sent back (none when accepted)
     */
    void report(AuthOutcome outcome, SipRequestContext request, String endpoint, DigestCredentials presented,
            List<WWWAuthenticateHeader> challenges) {
        if (outcome.securityEvent().isFailure()) {
            LOG.info(FailedRequestNotice.text(request, FailedRequestNotice.FAILED_TO_AUTHENTICATE));
        }
        if (!events.active()) {
            return;
        }
        String sentNonce = challenges.isEmpty() ? "" : challenges.get(0).getNonce();
        String receivedNonce = presented == null ? "" : presented.nonce();
        String receivedResponse = presented == null ? "" : presented.response();
        Map<String, String> details = new LinkedHashMap<>();
        switch (outcome.securityEvent()) {
            case SUCCESSFUL_AUTH -> details.put("UsingPassword", "1");
            case CHALLENGE_SENT -> details.put("Challenge", sentNonce);
            case INVALID_PASSWORD -> {
                details.put("Challenge", sentNonce);
                details.put("ReceivedChallenge", receivedNonce);
                details.put("ReceivedHash", receivedResponse);
            }
            case CHALLENGE_RESPONSE_FAILED -> {
                details.put("Challenge", receivedNonce);
                details.put("Response", receivedResponse);
                details.put("ExpectedResponse", "");
            }
            default -> {
                // no fields of its own
            }
        }
        events.report(SecurityEvent.of(outcome.securityEvent(), request, endpoint, details));
    }
}
