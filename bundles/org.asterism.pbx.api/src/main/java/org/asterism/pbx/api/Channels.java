package org.asterism.pbx.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The channels alive now, provided by the PBX core (Asterisk's channel container). */
@ProviderType
public interface Channels {

    /** Makes and registers a channel driven by {@code driver}, named after the spec and a sequence number. */
    Channel create(ChannelSpec spec, ChannelDriver driver);

    /**
     * Makes an outgoing channel with the loaded technology named {@code technology} ("PJSIP").
     *
     * @throws ChannelRequestException {@link HangupCause#CHAN_NOT_IMPLEMENTED} when no such technology is loaded, or
     *         the technology's refusal
     */
    Channel request(String technology, String address, Optional<Channel> requestor) throws ChannelRequestException;

    /** The live channels, oldest first. */
    List<Channel> list();

    Optional<Channel> find(String name);

    /** Live channels of one technology (a driver's use count). */
    int count(String technology);
}
