/**
 * The dialplan, as Asterisk's {@code pbx.c}: {@link org.asterism.pbx.api.dialplan.DialplanSource}s (pbx_config's
 * extensions.conf, Groovy bundles) give contexts; the PBX core's {@link org.asterism.pbx.api.dialplan.Dialplan} matches
 * extensions and runs {@link org.asterism.pbx.api.dialplan.DialplanApplication}s and
 * {@link org.asterism.pbx.api.dialplan.DialplanFunction}s that any bundle may register.
 */
@Export
@Version("1.0.0")
package org.asterism.pbx.api.dialplan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
