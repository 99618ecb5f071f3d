package org.asterism.sip.api.cli;

import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Prints one object type for the PJSIP CLI, as an Asterisk module's {@code ast_sip_cli_formatter_entry} does.
 * Registered as a whiteboard service; the core's {@code pjsip show endpoint(s)} asks the formatters of
 * {@code auth}, {@code aor}, {@code transport}, {@code identify} and {@code channel}, in that order (Asterisk's),
 * for their column headings and for their lines about each endpoint.
 */
@ConsumerType
public interface ObjectFormatter {

    /** The object type, as sorcery names it: "auth", "aor", "contact", "transport", "identify". */
    String type();

    /**
     * Prints the column headings at the context's indent level, and when {@link CliContext#recurse()} those of
     * its own child types one level deeper (an AoR's contacts, an identify's matches).
     */
    void printHeader(CliContext context);

    /**
     * Prints one line per object of this type that belongs to the endpoint, at the context's indent level (and
     * their children one level deeper when {@link CliContext#recurse()}); prints nothing by default.
     */
    default void printForEndpoint(Endpoint endpoint, CliContext context) {
    }
}
