/**
 * The computations of HTTP Digest authentication as SIP uses it (RFC 3261 §22, RFC 7616, RFC 8760), shared by the
 * module that checks credentials (res_pjsip_authenticator_digest) and the one that answers challenges
 * (res_pjsip_outbound_authenticator_digest): the algorithms, H(A1) and the request-digest, and which secret an
 * {@code auth} object gives for an algorithm. Pure functions over strings, without state.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.digest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
