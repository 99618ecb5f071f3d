package org.asterism.media.api.rtp;

/**
 * What an RTP session has seen, as {@code pjsip show channelstats} prints it.
 *
 * @param packetsSent RTP packets sent
 * @param packetsReceived RTP packets received and accepted
 * @param packetsLost packets the sequence numbers say never arrived
 * @param jitterMillis interarrival jitter of received packets (RFC 3550 §6.4.1)
 * @param remoteJitterMillis the jitter the peer's last RTCP report gave for our packets
 * @param remotePacketsLost the cumulative loss the peer's last RTCP report gave
 * @param roundTripMillis from the last RTCP SR/RR exchange, 0 until known
 */
public record RtpStatistics(long packetsSent, long packetsReceived, long packetsLost, double jitterMillis,
        double remoteJitterMillis, long remotePacketsLost, double roundTripMillis) {
}
