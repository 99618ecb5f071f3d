/**
 * The module loader's API: what a module bundle publishes so that {@code module show} and
 * {@code module unload} can tell whether it is in use.
 */
@Export
@Version("1.0.0")
package org.asterism.loader;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
