package org.asterism.pbx.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Device and extension (hint) states, provided by the PBX core and kept current from channels: a device
 * ("PJSIP/201") is in use while a channel of it is up, ringing while one rings, else what its technology says.
 * Changes go to every {@link DeviceStateListener} service.
 */
@ProviderType
public interface DeviceStates {

    /** The state of a device now: "PJSIP/201". */
    DeviceState state(String device);

    /** The state of the extension's hint now; {@link ExtensionState#REMOVED} when it has none. */
    ExtensionState extensionState(String context, String exten);

    /** A technology's view of a device changed (its last contact became unreachable): recompute and tell listeners. */
    void changed(String device);
}
