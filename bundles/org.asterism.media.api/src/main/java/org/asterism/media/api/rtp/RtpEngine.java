package org.asterism.media.api.rtp;

import java.io.IOException;
import java.net.InetAddress;
import org.osgi.annotation.versioning.ProviderType;

/** Opens RTP sessions; one engine is registered by the RTP module (Asterisk's {@code ast_rtp_engine} "asterisk"). */
@ProviderType
public interface RtpEngine {

    /**
     * A new session bound to {@code bindAddress} on the next free even port of the configured range (rtp.conf
     * {@code rtpstart}/{@code rtpend}), RTCP on the port above.
     *
     * @throws IOException when no port of the range is free
     */
    RtpSession open(InetAddress bindAddress) throws IOException;
}
