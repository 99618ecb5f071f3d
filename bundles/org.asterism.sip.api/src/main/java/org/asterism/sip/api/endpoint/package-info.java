/**
 * The objects res_pjsip itself configures besides transports: {@code endpoint}, {@code auth}, {@code aor},
 * {@code domain_alias}, {@code global} and {@code system}, as immutable records read from {@code pjsip.conf}.
 *
 * <p>Each record has the options this release's capabilities use as typed components, named and defaulted as
 * Asterisk names and defaults them, and {@code options()}: every documented option of the type as it was read
 * (templates applied; defaults filled in), so a capability added later can read its options without an API
 * change. Find them in the {@link org.asterism.sip.api.config.ConfigStore} by their {@code TYPE}.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.endpoint;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
