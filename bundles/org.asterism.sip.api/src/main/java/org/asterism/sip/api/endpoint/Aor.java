package org.asterism.sip.api.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code type=aor} section: an address of record, where REGISTER binds contacts and where calls to an
 * endpoint go. Static contacts come from {@code contact=}; dynamic ones from REGISTER, never from pjsip.conf.
 *
 * @param id the section name
 * @param maxContacts {@code max_contacts}; 0 means the AoR takes no registrations [0]
 * @param removeExisting {@code remove_existing} [no]
 * @param removeUnavailable {@code remove_unavailable} [no]
 * @param minimumExpiration {@code minimum_expiration} in seconds [60]
 * @param maximumExpiration {@code maximum_expiration} in seconds [7200]
 * @param defaultExpiration {@code default_expiration} in seconds [3600]
 * @param qualifyFrequency {@code qualify_frequency} in seconds, 0-86400; 0 means no OPTIONS pings [0]
 * @param qualifyTimeout {@code qualify_timeout} in seconds, fractions allowed [3.0]
 * @param authenticateQualify {@code authenticate_qualify} [no]
 * @param contacts the {@code contact} URIs, every line in order; each a sip: or sips: URI
 * @param mailboxes {@code mailboxes}, for unsolicited MWI
 * @param supportPath {@code support_path} [no]
 * @param outboundProxy {@code outbound_proxy}, if set
 * @param voicemailExtension {@code voicemail_extension} [""]
 * @param options every documented aor option as read, defaults filled in; {@code contact} lines joined with commas
 */
public record Aor(String id, int maxContacts, boolean removeExisting, boolean removeUnavailable, int minimumExpiration,
        int maximumExpiration, int defaultExpiration, int qualifyFrequency, double qualifyTimeout,
        boolean authenticateQualify, List<String> contacts, List<String> mailboxes, boolean supportPath,
        Optional<String> outboundProxy, String voicemailExtension, Map<String, String> options) {

    public static final String TYPE = "aor";

    public Aor {
        contacts = List.copyOf(contacts);
        mailboxes = List.copyOf(mailboxes);
        options = Map.copyOf(options);
    }

    /** Whether REGISTER may bind contacts here ({@code max_contacts} above 0). */
    public boolean acceptsRegistrations() {
        return maxContacts > 0;
    }
}
