/**
 * The RTP engine (res_rtp_asterisk provides it): {@link org.asterism.media.api.rtp.RtpSession}s on ports from the
 * configured range, carrying {@link org.asterism.media.api.Frame}s both ways, RFC 4733 DTMF, RTCP, and a native relay
 * for two-party bridges whose formats match.
 */
@Export
@Version("1.0.0")
package org.asterism.media.api.rtp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
