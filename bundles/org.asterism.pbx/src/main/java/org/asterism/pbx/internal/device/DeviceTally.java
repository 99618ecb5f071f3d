package org.asterism.pbx.internal.device;

import java.util.EnumMap;
import java.util.Map;
import org.asterism.pbx.api.DeviceState;

/**
 * How many live channels of one device stand in each state, kept as channels change, so that a device's state is
 * worked out from a handful of counts rather than by walking every channel (a trunk may carry thousands).
 */
final class DeviceTally {

    private final Map<DeviceState, Integer> counts = new EnumMap<>(DeviceState.class);

    /** One channel moves from {@code before} to {@code after}; null stands for "not counted". */
    synchronized void move(DeviceState before, DeviceState after) {
        if (before != null) {
            counts.computeIfPresent(before, (state, count) -> count > 1 ? count - 1 : null);
        }
        if (after != null) {
            counts.merge(after, 1, Integer::sum);
        }
    }

    /** What the channels add up to, or INVALID when none is counted. */
    synchronized DeviceState aggregate() {
        DeviceAggregate aggregate = new DeviceAggregate();
        counts.keySet().forEach(aggregate::add);
        return aggregate.result();
    }

    synchronized boolean isEmpty() {
        return counts.isEmpty();
    }
}
