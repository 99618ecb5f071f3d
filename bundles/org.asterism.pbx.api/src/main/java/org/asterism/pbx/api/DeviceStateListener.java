package org.asterism.pbx.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Hears device and hint state changes (the pubsub module publishes them). Registered as an OSGi service. */
@ConsumerType
public interface DeviceStateListener {

    /** A device's state changed: "PJSIP/201" → INUSE. */
    default void deviceChanged(String device, DeviceState state) {
    }

    /** A hint's state changed: 201@default → INUSE. */
    default void extensionChanged(String context, String exten, ExtensionState state) {
    }
}
