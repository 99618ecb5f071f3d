/**
 * Requests the server itself sends outside any dialog (OPTIONS pings, NOTIFYs, MESSAGEs): the
 * {@link org.asterism.sip.api.client.SipClient} sends one on a client transaction and completes with its final
 * response, answering 401/407 challenges with an {@link org.asterism.sip.api.client.OutboundAuthenticator} when given
 * outbound auths; the {@link org.asterism.sip.api.client.ContactStatusRegistry} tells what qualify learnt of each
 * contact.
 *
 * <p>1.1: {@code OutboundAuthenticator}, and the {@code SipClient.send} overloads that take outbound auths.
 */
@Export
@Version("1.1.0")
package org.asterism.sip.api.client;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
