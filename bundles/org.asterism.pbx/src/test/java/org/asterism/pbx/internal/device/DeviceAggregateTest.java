package org.asterism.pbx.internal.device;

import static org.asterism.pbx.api.DeviceState.BUSY;
import static org.asterism.pbx.api.DeviceState.INUSE;
import static org.asterism.pbx.api.DeviceState.INVALID;
import static org.asterism.pbx.api.DeviceState.NOT_INUSE;
import static org.asterism.pbx.api.DeviceState.ONHOLD;
import static org.asterism.pbx.api.DeviceState.RINGING;
import static org.asterism.pbx.api.DeviceState.RINGINUSE;
import static org.asterism.pbx.api.DeviceState.UNAVAILABLE;
import static org.asterism.pbx.api.DeviceState.UNKNOWN;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DeviceState;
import org.asterism.pbx.api.ExtensionState;
import org.junit.Test;

public class DeviceAggregateTest {

    /** Devices of one hint → what they add up to, as ast_devstate_aggregate gives it. */
    private static final Object[][] TABLE = {
        { List.of(), INVALID },
        { List.of(NOT_INUSE), NOT_INUSE },
        { List.of(NOT_INUSE, INUSE), INUSE },
        { List.of(NOT_INUSE, UNAVAILABLE), NOT_INUSE },
        { List.of(UNKNOWN, UNAVAILABLE), UNAVAILABLE },
        { List.of(UNKNOWN, INVALID), UNKNOWN },
        { List.of(NOT_INUSE, RINGING), RINGING },
        { List.of(RINGING, INUSE), RINGINUSE },
        { List.of(RINGING, ONHOLD), RINGINUSE },
        { List.of(RINGING, BUSY), RINGINUSE },
        { List.of(ONHOLD, NOT_INUSE), ONHOLD },
        { List.of(ONHOLD, INUSE), INUSE },
        { List.of(INUSE, BUSY), BUSY },
        { List.of(RINGING, RINGING), RINGING },
        { List.of(UNAVAILABLE, UNAVAILABLE), UNAVAILABLE },
    };

    @Test
    public void devicesAddUpAsAsteriskAggregatesThemInAnyOrder() {
        for (Object[] row : TABLE) {
            @SuppressWarnings("unchecked")
            List<DeviceState> states = new ArrayList<>((List<DeviceState>) row[0]);
            for (int turn = 0; turn < 2; turn++) {
                DeviceAggregate aggregate = new DeviceAggregate();
                states.forEach(aggregate::add);
                assertEquals(states.toString(), row[1], aggregate.result());
                Collections.reverse(states);
            }
        }
    }

    @Test
    public void channelStatesMapAsAstStateChan2dev() {
        assertEquals(NOT_INUSE, DeviceAggregate.fromChannel(ChannelState.DOWN));
        assertEquals(INUSE, DeviceAggregate.fromChannel(ChannelState.RING));
        assertEquals(RINGING, DeviceAggregate.fromChannel(ChannelState.RINGING));
        assertEquals(INUSE, DeviceAggregate.fromChannel(ChannelState.UP));
        assertEquals(BUSY, DeviceAggregate.fromChannel(ChannelState.BUSY));
        assertEquals(RINGING, DeviceAggregate.fromChannel(ChannelState.PRERING));
        assertEquals(INUSE, DeviceAggregate.fromChannel(ChannelState.DIALING));
    }

    @Test
    public void deviceStatesBecomeExtensionStatesAsAstDevstateToExtenstate() {
        assertEquals(ExtensionState.NOT_INUSE, DeviceAggregate.toExtension(UNKNOWN));
        assertEquals(ExtensionState.NOT_INUSE, DeviceAggregate.toExtension(NOT_INUSE));
        assertEquals(ExtensionState.UNAVAILABLE, DeviceAggregate.toExtension(INVALID));
        assertEquals(ExtensionState.UNAVAILABLE, DeviceAggregate.toExtension(UNAVAILABLE));
        assertEquals(ExtensionState.INUSE_RINGING, DeviceAggregate.toExtension(RINGINUSE));
        assertEquals(ExtensionState.ONHOLD, DeviceAggregate.toExtension(ONHOLD));
        assertEquals(ExtensionState.BUSY, DeviceAggregate.toExtension(BUSY));
    }
}
