package org.asterism.pbx.internal.device;

import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.DeviceState;
import org.asterism.pbx.api.ExtensionState;

/**
 * Asterisk's {@code ast_devstate_aggregate}: device states added one by one add up to the most telling one, and a
 * ringing device with another in use is RINGINUSE. Also the two mappings around it ({@code ast_state_chan2dev},
 * {@code ast_devstate_to_extenstate}). Not thread-safe: one per computation.
 */
public final class DeviceAggregate {

    private boolean ringing;
    private boolean inUse;
    private DeviceState state = DeviceState.INVALID;

    public DeviceAggregate add(DeviceState added) {
        if (added == DeviceState.RINGING) {
            ringing = true;
        } else if (added == DeviceState.INUSE || added == DeviceState.ONHOLD || added == DeviceState.BUSY) {
            inUse = true;
        }
        if (ringing && inUse) {
            state = DeviceState.RINGINUSE;
        } else if (order(added) > order(state)) {
            state = added;
        }
        return this;
    }

    /** INVALID when nothing was added. */
    public DeviceState result() {
        return state;
    }

    /** devicestate.c's state_order: which state tells more about a group of devices. */
    private static int order(DeviceState state) {
        return switch (state) {
            case INVALID -> 0;
            case UNKNOWN -> 1;
            case UNAVAILABLE -> 2;
            case NOT_INUSE -> 3;
            case ONHOLD -> 4;
            case RINGING -> 5;
            case INUSE -> 6;
            case BUSY -> 7;
            case RINGINUSE -> 8;
        };
    }

    /** {@code ast_state_chan2dev}: an incoming call that is ringing here is in use; an outgoing one ringing rings. */
    public static DeviceState fromChannel(ChannelState state) {
        return switch (state) {
            case DOWN -> DeviceState.NOT_INUSE;
            case RINGING, PRERING -> DeviceState.RINGING;
            case BUSY -> DeviceState.BUSY;
            default -> DeviceState.INUSE; // RESERVED, OFFHOOK, DIALING, RING, UP, DIALING_OFFHOOK
        };
    }

    /** {@code ast_devstate_to_extenstate}. */
    public static ExtensionState toExtension(DeviceState state) {
        return switch (state) {
            case ONHOLD -> ExtensionState.ONHOLD;
            case BUSY -> ExtensionState.BUSY;
            case UNKNOWN, NOT_INUSE -> ExtensionState.NOT_INUSE;
            case UNAVAILABLE, INVALID -> ExtensionState.UNAVAILABLE;
            case RINGINUSE -> ExtensionState.INUSE_RINGING;
            case RINGING -> ExtensionState.RINGING;
            case INUSE -> ExtensionState.INUSE;
        };
    }
}
