package org.asterism.pbx.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelDriver;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.ChannelSpec;
import org.asterism.pbx.api.ChannelTechnology;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.HangupCause;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live channels (Asterisk's channel container): named with one counter for all technologies, listed oldest
 * first, counted per technology for the drivers' use counts, and the calls counted as {@code core show channels}
 * reports them (a call is an incoming channel, the one the dialplan runs on).
 */
@Component(service = { Channels.class, ChannelRegistry.class })
public class ChannelRegistry implements Channels, ChannelLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRegistry.class);

    private final Technologies technologies;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();
    /** By sequence number, so the list is oldest first without sorting. */
    private final ConcurrentSkipListMap<Long, CoreChannel> live = new ConcurrentSkipListMap<>();
    private final Map<String, Long> byName = new ConcurrentHashMap<>();
    private final Map<CoreChannel, Long> keys = new ConcurrentHashMap<>();
    private final AtomicLong processedCalls = new AtomicLong();
    private final List<ChannelObserver> observers = new CopyOnWriteArrayList<>();

    @Activate
    public ChannelRegistry(@Reference Technologies technologies) {
        this(technologies, Clock.systemUTC());
    }

    public ChannelRegistry(Technologies technologies, Clock clock) {
        this.technologies = technologies;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addObserver(ChannelObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(ChannelObserver observer) {
        observers.remove(observer);
    }

    @Override
    public Channel create(ChannelSpec spec, ChannelDriver driver) {
        int number = sequence.incrementAndGet();
        CoreChannel channel = new CoreChannel(spec, driver, number, clock.instant(), this);
        long key = Integer.toUnsignedLong(number);
        keys.put(channel, key);
        byName.put(channel.name().toLowerCase(java.util.Locale.ROOT), key);
        live.put(key, channel);
        if (channel.isIncoming()) {
            processedCalls.incrementAndGet();
        }
        changed(channel);
        return channel;
    }

    @Override
    public Channel request(String technology, String address, Optional<Channel> requestor) throws ChannelRequestException {
        Optional<ChannelTechnology> found = technologies.find(technology);
        if (found.isEmpty()) {
            LOG.warn("No channel type registered for '{}'", technology);
            throw new ChannelRequestException(HangupCause.CHAN_NOT_IMPLEMENTED, "no channel type '" + technology + "'");
        }
        return found.get().request(address, requestor);
    }

    @Override
    public List<Channel> list() {
        return new ArrayList<>(live.values());
    }

    /** The live channels as the core's own type, oldest first. */
    public List<CoreChannel> channels() {
        return new ArrayList<>(live.values());
    }

    @Override
    public Optional<Channel> find(String name) {
        // Asterisk's ast_channel_get_by_name compares case-insensitively
        Long key = byName.get(name.toLowerCase(java.util.Locale.ROOT));
        return key == null ? Optional.empty() : Optional.ofNullable(live.get(key));
    }

    @Override
    public int count(String technology) {
        int count = 0;
        for (CoreChannel channel : live.values()) {
            if (channel.technology().equalsIgnoreCase(technology)) {
                count++;
            }
        }
        return count;
    }

    /** Incoming channels alive now: Asterisk's {@code ast_active_calls}. */
    public int activeCalls() {
        int count = 0;
        for (CoreChannel channel : live.values()) {
            if (channel.isIncoming()) {
                count++;
            }
        }
        return count;
    }

    /** Incoming channels made since the core started: {@code ast_processed_calls}. */
    public long processedCalls() {
        return processedCalls.get();
    }

    @Override
    public void changed(CoreChannel channel) {
        for (ChannelObserver observer : observers) {
            try {
                observer.channelChanged(channel);
            } catch (RuntimeException e) {
                LOG.warn("Channel observer failed on {}: {}", channel.name(), e.toString());
            }
        }
    }

    @Override
    public void ended(CoreChannel channel) {
        Long key = keys.remove(channel);
        if (key != null) {
            live.remove(key);
            byName.remove(channel.name().toLowerCase(java.util.Locale.ROOT), key);
        }
        for (ChannelObserver observer : observers) {
            try {
                observer.channelEnded(channel);
            } catch (RuntimeException e) {
                LOG.warn("Channel observer failed on {}: {}", channel.name(), e.toString());
            }
        }
    }
}
