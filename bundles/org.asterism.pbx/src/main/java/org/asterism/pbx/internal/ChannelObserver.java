package org.asterism.pbx.internal;

/**
 * Hears what happens to the core's channels (device state follows them). Registered as a service inside this bundle;
 * called on the thread that changed the channel, so it must return at once.
 */
public interface ChannelObserver {

    /** A channel was made, changed state, or was put on or taken off hold by its far end. */
    void channelChanged(CoreChannel channel);

    /** A channel was hung up and is gone from the channel list. */
    void channelEnded(CoreChannel channel);
}
