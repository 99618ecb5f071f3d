package org.asterism.sip.api.client;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The reachability of contacts as qualify ({@code qualify_frequency}) last found it, kept in memory only, as
 * Asterisk's contact statuses. Contacts of AoRs that do not qualify, and contacts not yet qualified, are
 * {@link ContactStatus.State#UNKNOWN}.
 */
@ProviderType
public interface ContactStatusRegistry {

    /** The contact's status; {@code UNKNOWN} (with zero RTT) for a contact qualify does not track. */
    ContactStatus status(String aor, String uri);

    /** Every contact qualify tracks, by AoR then URI. */
    List<ContactStatus> statuses();
}
