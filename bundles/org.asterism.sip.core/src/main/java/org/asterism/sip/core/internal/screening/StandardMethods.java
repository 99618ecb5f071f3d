package org.asterism.sip.core.internal.screening;

import java.util.Comparator;
import java.util.List;

/**
 * The SIP methods this server recognises (RFC 3261 and its method extensions), and the order they are
 * listed in Allow headers: RFC 3261's first, then the extensions, then any others by name. The order
 * is the one the request pipeline uses for its own Allow headers.
 */
public final class StandardMethods {

    static final List<String> ALL = List.of("OPTIONS", "REGISTER", "INVITE", "ACK", "BYE", "CANCEL", "UPDATE",
            "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE");

    public static final Comparator<String> ORDER = Comparator.<String>comparingInt(method -> {
        int index = ALL.indexOf(method);
        return index < 0 ? ALL.size() : index;
    }).thenComparing(Comparator.naturalOrder());

    private StandardMethods() {
    }

    /** Whether the method is one of the standard ones; SIP methods are case-sensitive (RFC 3261 §7.1). */
    static boolean isStandard(String method) {
        return ALL.contains(method);
    }
}
