package org.asterism.rtp.internal;

/** rtp.conf {@code strictrtp}: whether RTP is only taken from the source learned for the stream. */
enum StrictRtpMode {
    /** Every source accepted. */
    NO,
    /** A new source must send {@code probation} packets in sequence, spread over a minimum time. */
    YES,
    /** As YES, checking only the sequence numbers. */
    SEQNO
}
