package org.asterism.sip.api.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What qualify knows of one contact of an AoR, as Asterisk's {@code contact_status} object.
 *
 * @param aor the AoR
 * @param uri the contact URI
 * @param state the last outcome
 * @param rtt the round-trip time of the OPTIONS that made it reachable; zero otherwise
 * @param since when {@code state} was last set
 */
public record ContactStatus(String aor, String uri, State state, Duration rtt, Instant since) {

    /** The states Asterisk prints; the label is its {@code ast_sip_get_contact_status_label}. */
    public enum State {
        UNREACHABLE("Unreachable", "Unavail"),
        REACHABLE("Reachable", "Avail"),
        UNKNOWN("Unknown", "Unknown");

        private final String label;
        private final String shortLabel;

        State(String label, String shortLabel) {
            this.label = label;
            this.shortLabel = shortLabel;
        }

        /** "Reachable", as in "Contact 6001/sip:… is now Reachable." */
        public String label() {
            return label;
        }

        /** "Avail", as {@code pjsip show contacts} prints it. */
        public String shortLabel() {
            return shortLabel;
        }
    }

    public ContactStatus {
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rtt, "rtt");
        Objects.requireNonNull(since, "since");
    }

    /** A contact that was never qualified, or whose AoR does not qualify. */
    public static ContactStatus unknown(String aor, String uri, Instant since) {
        return new ContactStatus(aor, uri, State.UNKNOWN, Duration.ZERO, since);
    }
}
