package org.asterism.pbx.dialplan.internal.plan;

import java.time.Instant;
import java.util.Optional;

import org.asterism.pbx.dialplan.internal.match.TimeSpec;

/**
 * {@code include => other} or {@code include => other,09:00-17:00,mon-fri,*,*}: the context to search next, and when.
 *
 * @param written as written, time range included: what {@code dialplan show} prints
 * @param context the context included
 * @param time when the include applies; empty for always
 * @param registrar who added it
 */
public record Include(String written, String context, Optional<TimeSpec> time, String registrar) {

    public boolean appliesAt(Instant now) {
        return time.isEmpty() || time.get().includes(now);
    }
}
