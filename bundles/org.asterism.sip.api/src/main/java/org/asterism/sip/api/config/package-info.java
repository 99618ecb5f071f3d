/**
 * Configuration objects ("sorcery"): typed, immutable objects built from {@code pjsip.conf} sections.
 * A bundle that owns an object type registers an {@link org.asterism.sip.api.config.ObjectType}; the core
 * builds every section of that type with it and keeps the results in the {@link ConfigStore}.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
