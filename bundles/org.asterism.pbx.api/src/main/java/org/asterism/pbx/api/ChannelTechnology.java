package org.asterism.pbx.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A channel technology ("PJSIP"), registered as an OSGi service by its channel driver module. Dial finds it by
 * {@link #type()} to make outgoing channels; device state asks it about its devices.
 */
@ConsumerType
public interface ChannelTechnology {

    /** The technology name, as written in {@code Dial(PJSIP/201)}: "PJSIP". */
    String type();

    /** As {@code core show channeltypes} prints it: "PJSIP Channel Driver". */
    String description();

    /**
     * Makes an outgoing channel, state DOWN, not yet called, through {@link Channels#create}.
     *
     * @param address what follows "PJSIP/": "201", "number@trunk", "201/sip:201@10.0.0.2"
     * @param requestor the channel on whose behalf it is made (the caller of Dial), whose formats it should prefer
     * @throws ChannelRequestException with the cause when it cannot be made (no such endpoint, no contact)
     */
    Channel request(String address, Optional<Channel> requestor) throws ChannelRequestException;

    /** The state of a device of this technology without counting channels ("201" unreachable → UNAVAILABLE). */
    DeviceState deviceState(String resource);
}
