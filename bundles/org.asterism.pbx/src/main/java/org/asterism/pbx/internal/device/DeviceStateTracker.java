package org.asterism.pbx.internal.device;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.asterism.pbx.api.ChannelTechnology;
import org.asterism.pbx.api.DeviceState;
import org.asterism.pbx.api.DeviceStateListener;
import org.asterism.pbx.api.DeviceStates;
import org.asterism.pbx.api.ExtensionState;
import org.asterism.pbx.internal.ChannelObserver;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.CoreChannel;
import org.asterism.pbx.internal.Technologies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Device and hint states, as Asterisk's devicestate.c with chan_pjsip's device state callback: a device with channels
 * is what its channels add up to (ringing, in use, on hold), one without is what its technology says. Channel changes
 * are handed to one thread of our own, which works the new states out and tells the listeners only what really
 * changed, in order, so neither a driver's thread nor a slow listener waits on the other.
 */
@Component(service = { DeviceStates.class, ChannelObserver.class })
public class DeviceStateTracker implements DeviceStates, ChannelObserver {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceStateTracker.class);

    private final ChannelRegistry channels;
    private final Technologies technologies;
    private final HintCatalog hints;
    private final List<DeviceStateListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, DeviceState> devices = new ConcurrentHashMap<>();
    private final Map<String, ExtensionState> extensions = new ConcurrentHashMap<>();
    private final ExecutorService notifier;
    private final Map<CoreChannel, DeviceState> contributions = new ConcurrentHashMap<>();
    private final Map<String, DeviceTally> tallies = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    @Activate
    public DeviceStateTracker(@Reference ChannelRegistry channels, @Reference Technologies technologies,
            @Reference HintCatalog hints) {
        this(channels, technologies, hints, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "pbx-devicestate");
            thread.setDaemon(true);
            return thread;
        }));
    }

    DeviceStateTracker(ChannelRegistry channels, Technologies technologies, HintCatalog hints, ExecutorService notifier) {
        this.channels = channels;
        this.technologies = technologies;
        this.hints = hints;
        this.notifier = notifier;
    }

    @Deactivate
    void deactivate() {
        notifier.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addListener(DeviceStateListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DeviceStateListener listener) {
        listeners.remove(listener);
    }

    @Override
    public DeviceState state(String device) {
        int slash = device.indexOf('/');
        if (slash < 0) {
            // "Custom:foo" and other providers: none is loaded, so Asterisk's getproviderstate finds nothing
            return device.indexOf(':') > 0 ? DeviceState.UNKNOWN : DeviceState.INVALID;
        }
        Optional<ChannelTechnology> technology = technologies.find(device.substring(0, slash));
        if (technology.isEmpty()) {
            return DeviceState.INVALID;
        }
        DeviceTally tally = tallies.get(device.toLowerCase(Locale.ROOT));
        if (tally != null && !tally.isEmpty()) {
            return tally.aggregate();
        }
        try {
            DeviceState state = technology.get().deviceState(device.substring(slash + 1));
            return state == null ? DeviceState.UNKNOWN : state;
        } catch (RuntimeException e) {
            LOG.warn("{} failed to give the state of {}: {}", technology.get().type(), device, e.toString());
            return DeviceState.UNKNOWN;
        }
    }

    @Override
    public ExtensionState extensionState(String context, String exten) {
        return hints.devices(context, exten).map(this::aggregate).orElse(ExtensionState.REMOVED);
    }

    private ExtensionState aggregate(String deviceList) {
        DeviceAggregate aggregate = new DeviceAggregate();
        for (String device : Hint.split(deviceList)) {
            aggregate.add(state(device));
        }
        return DeviceAggregate.toExtension(aggregate.result());
    }

    @Override
    public void changed(String device) {
        post(device);
    }

    @Override
    public void channelChanged(CoreChannel channel) {
        count(channel, channel.isHungUp() ? null : channel.isHeld() ? DeviceState.ONHOLD : DeviceAggregate.fromChannel(channel.state()));
    }

    @Override
    public void channelEnded(CoreChannel channel) {
        count(channel, null);
    }

    /** Moves the channel's count in its device's tally (atomically per channel); a real move is worth telling. */
    private void count(CoreChannel channel, DeviceState now) {
        String device = channel.device();
        boolean[] moved = new boolean[1];
        contributions.compute(channel, (key, before) -> {
            if (before != now) {
                tallies.computeIfAbsent(device.toLowerCase(Locale.ROOT), d -> new DeviceTally()).move(before, now);
                moved[0] = true;
            }
            return now;
        });
        if (moved[0]) {
            post(device);
        }
    }

    /** Recomputes a device on the notifier thread; a device already waiting there is not queued twice. */
    private void post(String device) {
        String key = device.toLowerCase(Locale.ROOT);
        if (!pending.add(key)) {
            return;
        }
        try {
            notifier.execute(() -> {
                pending.remove(key);
                recompute(device);
            });
        } catch (RejectedExecutionException e) {
            pending.remove(key); // shutting down: nobody is left to tell
        }
    }

    /** Works out a device's state and the hints watching it; tells listeners what differs from last time. */
    void recompute(String device) {
        DeviceState now = state(device);
        DeviceState before = devices.put(device.toLowerCase(Locale.ROOT), now);
        if (before != now) {
            for (DeviceStateListener listener : listeners) {
                try {
                    listener.deviceChanged(device, now);
                } catch (RuntimeException e) {
                    LOG.warn("Device state listener failed on {}: {}", device, e.toString());
                }
            }
        }
        for (Hint hint : hints.hints()) {
            if (hint.deviceList().stream().noneMatch(device::equalsIgnoreCase)) {
                continue;
            }
            ExtensionState state = aggregate(hint.devices());
            ExtensionState previous = extensions.put(hint.extension(), state);
            if (previous != state) {
                for (DeviceStateListener listener : listeners) {
                    try {
                        listener.extensionChanged(hint.context(), hint.exten(), state);
                    } catch (RuntimeException e) {
                        LOG.warn("Device state listener failed on {}: {}", hint.extension(), e.toString());
                    }
                }
            }
        }
    }
}
