/**
 * The location service: the contacts that REGISTER binds to each address of record, with their expiry, as
 * Asterisk's {@code res_pjsip/location.c} keeps them. The {@link org.asterism.sip.api.location.LocationStore}
 * survives a restart of the server and of the registrar; {@link org.asterism.sip.api.location.ContactListener}s
 * hear every change, including contacts that expire.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.location;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
