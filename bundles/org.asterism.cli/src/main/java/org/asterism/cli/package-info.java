/**
 * Asterisk-style CLI commands ({@code pjsip show endpoints}, {@code core show channels}). A module
 * contributes its commands by registering {@link org.asterism.cli.CliCommand} services, as an Asterisk
 * module calls {@code ast_cli_register}; they come and go with the module.
 */
@Export
@Version("1.0.0")
package org.asterism.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
