/**
 * Security events, as Asterisk's {@code security_events.h}: the core and the authenticators report who failed
 * (or passed) what, from where; {@link org.asterism.sip.api.security.SecurityEventListener}s (the security log,
 * the ban) hear every one.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
