package org.asterism.sip.registrar.internal;

/**
 * One Contact of a REGISTER.
 *
 * @param uri the contact URI as sent (inside the angle brackets)
 * @param expires the contact's own {@code expires} parameter, or -1 when it has none
 */
record RequestedBinding(String uri, int expires) {
}
