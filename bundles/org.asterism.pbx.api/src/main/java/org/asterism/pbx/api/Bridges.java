package org.asterism.pbx.api;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Two-party bridges, provided by the PBX core: media relayed natively RTP to RTP when both channels have an RTP
 * session and a format in common, else frame by frame with translation; DTMF and hold passed across.
 */
@ProviderType
public interface Bridges {

    /**
     * Bridges two answered channels until one hangs up or leaves; completes with the channel that ended it (the
     * other is left up, out of the bridge, its reader reset).
     */
    CompletionStage<Channel> bridge(Channel first, Channel second);
}
