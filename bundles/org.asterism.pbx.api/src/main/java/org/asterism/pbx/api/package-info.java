/**
 * Channels, as Asterisk's channel core: a {@link org.asterism.pbx.api.ChannelTechnology} (chan_pjsip) makes
 * {@link org.asterism.pbx.api.Channel}s through {@link org.asterism.pbx.api.Channels} and drives each with a
 * {@link org.asterism.pbx.api.ChannelDriver}; applications and {@link org.asterism.pbx.api.Bridges} act on them;
 * {@link org.asterism.pbx.api.DeviceStates} follow them.
 */
@Export
@Version("1.1.0")
package org.asterism.pbx.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
