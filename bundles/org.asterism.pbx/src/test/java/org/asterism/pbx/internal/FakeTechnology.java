package org.asterism.pbx.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.ChannelSpec;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.ChannelTechnology;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.DeviceState;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;

/** A technology whose devices are in the state a test says, making outgoing channels with fake drivers. */
public class FakeTechnology implements ChannelTechnology {

    private final String type;
    private final Channels channels;
    public final Map<String, DeviceState> states = new ConcurrentHashMap<>();

    public FakeTechnology(String type, Channels channels) {
        this.type = type;
        this.channels = channels;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String description() {
        return type + " Channel Driver";
    }

    @Override
    public Channel request(String address, Optional<Channel> requestor) throws ChannelRequestException {
        if (address.equals("nobody")) {
            throw new ChannelRequestException(HangupCause.NO_ROUTE_DESTINATION, "no such endpoint");
        }
        return channels.create(spec(type, address, ChannelState.DOWN), new FakeDriver());
    }

    @Override
    public DeviceState deviceState(String resource) {
        return states.getOrDefault(resource, DeviceState.NOT_INUSE);
    }

    public static ChannelSpec spec(String technology, String resource, ChannelState state) {
        return new ChannelSpec(technology, resource, state, CallerId.of("Alice", "201"),
                new DialplanLocation("default", "100", 1), Map.of(), "", "");
    }
}
