package org.asterism.pbx.internal;

/** What a {@link CoreChannel} tells the channel list about itself. */
interface ChannelLifecycle {

    /** Its state or hold changed. */
    void changed(CoreChannel channel);

    /** It hung up: drop it from the list. Called once, before the driver is told. */
    void ended(CoreChannel channel);
}
