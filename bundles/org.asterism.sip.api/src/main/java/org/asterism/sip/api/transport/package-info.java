/** SIP transports: the {@code type=transport} object and the protocol modules that bring each protocol. */
@Export
@Version("1.0.0")
package org.asterism.sip.api.transport;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
