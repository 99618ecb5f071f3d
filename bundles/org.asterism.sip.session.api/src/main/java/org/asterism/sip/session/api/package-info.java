/**
 * INVITE sessions, as Asterisk's {@code res_pjsip_session.h}: the session module runs each call's dialog and SDP
 * offer/answer; {@link org.asterism.sip.session.api.SdpHandler}s (res_pjsip_sdp_rtp for audio) negotiate each media
 * stream; {@link org.asterism.sip.session.api.SessionSupplement}s (caller ID, DTMF INFO, the channel driver) see and
 * change the session's requests and responses; the channel driver follows each session through a
 * {@link org.asterism.sip.session.api.SessionListener}.
 */
@Export
@Version("1.1.0")
package org.asterism.sip.session.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
