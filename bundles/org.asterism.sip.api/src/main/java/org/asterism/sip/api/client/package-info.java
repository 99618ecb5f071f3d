/**
 * Requests the server itself sends outside any dialog (OPTIONS pings, NOTIFYs, MESSAGEs): the
 * {@link org.asterism.sip.api.client.SipClient} sends one on a client transaction and completes with its final
 * response; the {@link org.asterism.sip.api.client.ContactStatusRegistry} tells what qualify learnt of each contact.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
