package org.asterism.sip.core.internal.transport;

import java.util.Locale;
import java.util.Map;

import org.asterism.sip.api.config.InvalidOptionException;

/** {@code tos=} as Asterisk's ast_str2tos reads it: a number, or a DSCP name (cs3, af41, ef), shifted into the TOS byte. */
final class TypeOfService {

    private static final Map<String, Integer> DSCP = Map.ofEntries(
            Map.entry("cs0", 0), Map.entry("cs1", 8), Map.entry("cs2", 16), Map.entry("cs3", 24),
            Map.entry("cs4", 32), Map.entry("cs5", 40), Map.entry("cs6", 48), Map.entry("cs7", 56),
            Map.entry("af11", 10), Map.entry("af12", 12), Map.entry("af13", 14),
            Map.entry("af21", 18), Map.entry("af22", 20), Map.entry("af23", 22),
            Map.entry("af31", 26), Map.entry("af32", 28), Map.entry("af33", 30),
            Map.entry("af41", 34), Map.entry("af42", 36), Map.entry("af43", 38),
            Map.entry("ef", 46));

    private TypeOfService() {
    }

    static int parse(String text) throws InvalidOptionException {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return 0;
        }
        Integer dscp = DSCP.get(value);
        if (dscp != null) {
            return dscp << 2;
        }
        try {
            int tos = Integer.decode(value);
            if (tos >= 0 && tos <= 255) {
                return tos;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException("tos", text, "must be 0-255 or a DSCP name such as cs3, af41, ef");
    }
}
