package org.asterism.sip.channel.internal;

import org.asterism.loader.UseCount;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.HangupCause;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * chan_pjsip's use count: its live channels. Unloading it anyway (forced) hangs them up, each with a BYE or CANCEL
 * carrying the Reason, rather than leaving calls no one drives.
 */
@Component(service = UseCount.class)
public class PjsipChannelCount implements UseCount {

    private static final Logger LOG = LoggerFactory.getLogger(PjsipChannelCount.class);

    private final Channels channels;

    @Activate
    public PjsipChannelCount(@Reference Channels channels) {
        this.channels = channels;
    }

    @Deactivate
    void deactivate() {
        for (Channel channel : channels.list()) {
            if (ChannelSpecs.TECHNOLOGY.equals(channel.technology()) && !channel.isHungUp()) {
                LOG.warn("chan_pjsip unloaded: hanging up {}", channel.name());
                channel.hangup(HangupCause.NORMAL_TEMPORARY_FAILURE);
            }
        }
    }

    @Override
    public int useCount() {
        return channels.count(ChannelSpecs.TECHNOLOGY);
    }

    @Override
    public String describe() {
        return "active channels";
    }
}
