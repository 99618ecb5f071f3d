/**
 * Laying out {@code pjsip show} and {@code pjsip list} output as Asterisk's res_pjsip does: each module registers
 * an {@link org.asterism.sip.api.cli.ObjectFormatter} for the object type it owns, and the core asks them for
 * their lines, so that {@code pjsip show endpoint} includes lines about objects of modules it does not know.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
