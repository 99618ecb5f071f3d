package org.asterism.sip.identifier.user.internal;

/**
 * A name and domain a request claims to come from: the From URI's user and host, or a digest credential's
 * username and realm.
 *
 * @param name the user part or digest username, unescaped; never empty
 * @param domain the host or realm; empty when the request names none
 */
record ClaimedIdentity(String name, String domain) {
}
