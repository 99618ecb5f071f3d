package org.asterism.pbx.api;

import java.util.Objects;

/**
 * Who a party is: caller ID or connected line.
 *
 * @param name the display name, "" when unknown
 * @param number the number (a SIP user part), "" when unknown
 * @param restricted whether presentation is restricted (privacy asked for): kept, but not shown to other parties
 */
public record CallerId(String name, String number, boolean restricted) {

    public static final CallerId UNKNOWN = new CallerId("", "", false);

    public CallerId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
    }

    public static CallerId of(String name, String number) {
        return new CallerId(name, number, false);
    }

    /** As Asterisk's {@code callerid} option writes it: {@code "Name" <number>}, or just the part known. */
    @Override
    public String toString() {
        if (name.isEmpty()) {
            return number.isEmpty() ? "" : "<" + number + ">";
        }
        return number.isEmpty() ? "\"" + name + "\"" : "\"" + name + "\" <" + number + ">";
    }
}
