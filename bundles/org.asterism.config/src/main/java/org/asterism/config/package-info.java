/**
 * Asterisk-format configuration files ({@code pjsip.conf}, {@code extensions.conf}, …), read the way
 * Asterisk's {@code main/config.c} reads them: {@code [section](templates)} headers, {@code name = value}
 * and {@code name => value} entries, {@code +=}, {@code ;} and {@code ;-- … --;} comments, and
 * {@code #include} / {@code #tryinclude} directives with glob patterns.
 * <p>
 * {@link org.asterism.config.ConfigParser} turns a file into an immutable
 * {@link org.asterism.config.ConfigDocument}; templates are already applied to its sections.
 */
@Export
@Version("1.0.0")
package org.asterism.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
