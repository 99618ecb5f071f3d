package org.asterism.sip.api.security;

import java.util.List;

/**
 * The security events Asterisk's SIP stack reports, with the name, version and severity Asterisk gives each
 * (main/security_events.c) and the event-specific fields, in Asterisk's order, after the common ones.
 */
public enum SecurityEventType {

    FAILED_ACL("FailedACL", 1, Severity.ERROR, List.of(), List.of("ACLName")),
    INVALID_ACCOUNT_ID("InvalidAccountID", 1, Severity.ERROR, List.of(), List.of()),
    SUCCESSFUL_AUTH("SuccessfulAuth", 1, Severity.INFORMATIONAL, List.of("UsingPassword"), List.of()),
    CHALLENGE_RESPONSE_FAILED("ChallengeResponseFailed", 1, Severity.ERROR,
            List.of("Challenge", "Response", "ExpectedResponse"), List.of()),
    INVALID_PASSWORD("InvalidPassword", 2, Severity.ERROR, List.of(), List.of("Challenge", "ReceivedChallenge", "ReceivedHash")),
    CHALLENGE_SENT("ChallengeSent", 1, Severity.INFORMATIONAL, List.of("Challenge"), List.of());

    /** Asterisk's two severities, as it writes them. */
    public enum Severity {
        INFORMATIONAL("Informational"), ERROR("Error");

        private final String text;

        Severity(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final String eventName;
    private final int version;
    private final Severity severity;
    private final List<String> requiredFields;
    private final List<String> optionalFields;

    SecurityEventType(String eventName, int version, Severity severity, List<String> requiredFields, List<String> optionalFields) {
        this.eventName = eventName;
        this.version = version;
        this.severity = severity;
        this.requiredFields = requiredFields;
        this.optionalFields = optionalFields;
    }

    /** As Asterisk names it: "InvalidAccountID". */
    public String eventName() {
        return eventName;
    }

    public int version() {
        return version;
    }

    public Severity severity() {
        return severity;
    }

    /** Fields every event of this type carries (written empty when unknown), in order. */
    public List<String> requiredFields() {
        return requiredFields;
    }

    /** Fields written only when known, after the required ones. */
    public List<String> optionalFields() {
        return optionalFields;
    }

    /** Whether it tells of a failure: what fail2ban's stock filter and the built-in ban count. */
    public boolean isFailure() {
        return severity == Severity.ERROR;
    }
}
