package org.asterism.sip.api.location;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told about contacts that were added, refreshed, removed or expired (qualify, MWI, device state use this).
 * Register one as an OSGi service. Calls come one at a time, in the order the changes were stored, after each
 * change is durable; an exception thrown here is logged and does not affect the store.
 */
@ConsumerType
public interface ContactListener {

    /**
     * An AoR's contacts changed from {@code before} to {@code after} (each ordered by {@code expiresAt} then
     * {@code uri}). A contact in {@code before} whose {@code expired(now)} holds and that is missing from
     * {@code after} has expired; one whose {@code expiresAt} changed was refreshed.
     */
    void contactsChanged(String aor, List<Contact> before, List<Contact> after);
}
