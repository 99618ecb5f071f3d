package org.asterism.sip.core.internal.pipeline;

import java.util.Comparator;
import java.util.List;

/** The order methods are listed in Allow headers: RFC 3261's first, then the extensions, then others by name. */
final class SipMethods {

    private static final List<String> KNOWN = List.of("OPTIONS", "REGISTER", "INVITE", "ACK", "BYE", "CANCEL", "UPDATE",
            "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE");

    static final Comparator<String> ORDER = Comparator.<String>comparingInt(method -> {
        int index = KNOWN.indexOf(method);
        return index < 0 ? KNOWN.size() : index;
    }).thenComparing(Comparator.naturalOrder());

    private SipMethods() {
    }
}
