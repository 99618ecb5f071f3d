/**
 * The SIP request pipeline: observers, endpoint identification, authentication, dispatch to
 * {@link org.asterism.sip.api.SipService}s, and supplements on the way out. Every stage is a whiteboard
 * of OSGi services, so a bundle adds or removes a capability by registering or unregistering one.
 */
@Export
@Version("1.1.0")
package org.asterism.sip.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
