package org.asterism.app.dial.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelDriver;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.ChannelSpec;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.HangupCause;

/** Makes test channels for Dial: "nobody" has no such endpoint, "busy" is refused busy, IAX2 is not loaded. */
class FakeChannels implements Channels {

    final List<TestChannel> made = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger(1);

    @Override
    public Channel create(ChannelSpec spec, ChannelDriver driver) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Channel request(String technology, String address, Optional<Channel> requestor) throws ChannelRequestException {
        if (!technology.equalsIgnoreCase("PJSIP")) {
            throw new ChannelRequestException(HangupCause.CHAN_NOT_IMPLEMENTED, "no " + technology);
        }
        if (address.equals("nobody")) {
            throw new ChannelRequestException(HangupCause.NO_ROUTE_DESTINATION, "no endpoint");
        }
        if (address.equals("busy")) {
            throw new ChannelRequestException(HangupCause.USER_BUSY, "busy");
        }
        TestChannel channel = new TestChannel(String.format("PJSIP/%s-%08x", address, sequence.incrementAndGet()),
                ChannelState.DOWN);
        made.add(channel);
        return channel;
    }

    TestChannel get(String resource) {
        return made.stream().filter(c -> c.name().startsWith("PJSIP/" + resource + "-")).findFirst().orElseThrow();
    }

    @Override
    public List<Channel> list() {
        return List.copyOf(made);
    }

    @Override
    public Optional<Channel> find(String name) {
        return made.stream().filter(c -> c.name().equals(name)).map(Channel.class::cast).findFirst();
    }

    @Override
    public int count(String technology) {
        return made.size();
    }
}
