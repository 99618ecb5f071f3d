package org.asterism.rtp.internal;

/**
 * What rtp.conf's {@code [general]} section sets, with Asterisk's defaults. Sessions take a copy when they open, so a
 * reload only changes new sessions.
 *
 * @param rtpStart first RTP port (even)
 * @param rtpEnd last RTP port
 * @param rtcpIntervalMillis between RTCP reports (500 to 60000)
 * @param strictRtp strict RTP source checking
 * @param probation packets in sequence a new source needs under strict RTP
 * @param dtmfTimeoutSamples how long (8 kHz samples) a digit may go on without news before it is ended
 * @param receiveThreads threads receiving for all sessions (Asterism's own option, read at load only)
 */
record RtpSettings(int rtpStart, int rtpEnd, int rtcpIntervalMillis, StrictRtpMode strictRtp, int probation,
        int dtmfTimeoutSamples, int receiveThreads) {

    static final int DEFAULT_RTP_START = 5000;
    static final int DEFAULT_RTP_END = 31000;
    static final int DEFAULT_RTCP_INTERVAL = 5000;
    static final int DEFAULT_DTMF_TIMEOUT = 150 * (8000 / 1000);
    static final int DEFAULT_PROBATION = 4;

    static RtpSettings defaults() {
        return new RtpSettings(DEFAULT_RTP_START, DEFAULT_RTP_END, DEFAULT_RTCP_INTERVAL, StrictRtpMode.YES,
                DEFAULT_PROBATION, DEFAULT_DTMF_TIMEOUT, 1);
    }

    /**
     * The least time in which the probation packets may arrive (a faster run is a flood): Asterisk allows packets every
     * 9 ms on average with the last 5 ms early.
     */
    int learningMinDurationMillis() {
        return (probation - 1) * 9 - 5;
    }

    /** {@code dtmftimeout} as wall-clock time. */
    long dtmfTimeoutNanos() {
        return dtmfTimeoutSamples * 1_000_000_000L / 8000;
    }

    RtpSettings withPorts(int start, int end) {
        return new RtpSettings(start, end, rtcpIntervalMillis, strictRtp, probation, dtmfTimeoutSamples, receiveThreads);
    }

    RtpSettings withStrictRtp(StrictRtpMode mode) {
        return new RtpSettings(rtpStart, rtpEnd, rtcpIntervalMillis, mode, probation, dtmfTimeoutSamples, receiveThreads);
    }

    RtpSettings withRtcpInterval(int millis) {
        return new RtpSettings(rtpStart, rtpEnd, millis, strictRtp, probation, dtmfTimeoutSamples, receiveThreads);
    }

    RtpSettings withDtmfTimeout(int samples) {
        return new RtpSettings(rtpStart, rtpEnd, rtcpIntervalMillis, strictRtp, probation, samples, receiveThreads);
    }
}
