package org.asterism.sip.session.api;

import java.util.Objects;

/**
 * Who a party of a session is, as caller ID handling reads it from From, P-Asserted-Identity or Remote-Party-ID.
 *
 * @param name display name, "" when none
 * @param number the user part, "" when none
 * @param restricted whether the party asked for privacy ({@code Privacy: id}, {@code privacy=full})
 */
public record PartyIdentity(String name, String number, boolean restricted) {

    public PartyIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
    }
}
