package org.asterism.rtp.internal;

import java.nio.ByteBuffer;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.FrameSink;

/**
 * RFC 4733 events received, turned into one DTMF BEGIN and one END per digit as res_rtp_asterisk's
 * {@code process_dtmf_rfc2833()} does: continuation and end packets sent again are not repeated, late packets of an
 * ended event are dropped, a new digit ends the last one, and a digit whose end never comes is ended after
 * {@code dtmftimeout}. Used on the receive loop only.
 */
final class TelephoneEventReceiver {

    /** The digit being received, 0 for none. */
    private char digit;
    private boolean begun;
    private long durationSamples;
    private int timeoutTimestamp;
    private boolean timeoutSet;
    private int lastSequence = -1;
    private int lastEndTimestamp;
    private boolean lastEndSet;
    private long lastEventNanos;

    /** Forget sequence and end-of-event memory (a new remote address: a new stream). */
    void reset() {
        lastSequence = -1;
        lastEndSet = false;
    }

    /**
     * Handles one telephone-event payload.
     *
     * @param clockRate the event's RTP clock rate, to turn durations into milliseconds
     * @param dtmfTimeoutSamples rtp.conf dtmftimeout
     * @return false when the payload is malformed
     */
    boolean receive(ByteBuffer packet, int offset, int length, int sequence, int timestamp, int clockRate,
            int dtmfTimeoutSamples, long nowNanos, FrameSink sink) {
        if (length < 4) {
            return false;
        }
        int event = packet.get(offset) & 0xFF;
        boolean end = (packet.get(offset + 1) & 0x80) != 0;
        int samples = packet.getShort(offset + 2) & 0xFFFF;
        if (event >= DtmfFrame.DIGITS.length()) {
            // 16 is hook flash; others are tones and line events Asterisk ignores
            return true;
        }
        char received = DtmfFrame.DIGITS.charAt(event);

        // the duration is 16 bits: it wraps after about 8 s of a held key
        long duration = durationSamples;
        long lastLow = duration & 0xFFFF;
        if (lastLow > 64000 && samples < lastLow) {
            duration += 0x10000;
        }
        duration = (duration & ~0xFFFFL) | samples;

        if (end) {
            if (lastSequence != sequence && (!lastEndSet || after(timestamp, lastEndTimestamp))) {
                lastEndTimestamp = timestamp;
                lastEndSet = true;
                if (digit != 0 && digit != received) {
                    finish(clockRate, sink);
                }
                digit = received;
                durationSamples = duration;
                finish(clockRate, sink);
            }
        } else {
            if ((lastSequence > sequence && lastSequence - sequence < 50)
                    || (lastEndSet && !after(timestamp, lastEndTimestamp))) {
                // a late packet of an event already ended: taking it would repeat the digit
                return true;
            }
            if (digit != 0 && digit != received) {
                finish(clockRate, sink);
            }
            if (digit != 0) {
                durationSamples = duration;
            } else {
                digit = received;
                durationSamples = samples;
                begun = true;
                sink.accept(DtmfFrame.begin(received));
            }
            timeoutTimestamp = timestamp + (int) durationSamples + dtmfTimeoutSamples;
            timeoutSet = true;
            lastEventNanos = nowNanos;
        }
        lastSequence = sequence;
        return true;
    }

    /** Another packet of the stream arrived: end a digit whose end packets should have come before it. */
    void onMediaTimestamp(int timestamp, int clockRate, FrameSink sink) {
        if (timeoutSet && after(timestamp, timeoutTimestamp)) {
            timeoutSet = false;
            if (digit != 0) {
                finish(clockRate, sink);
            }
        }
    }

    /** The wall clock says the digit has gone quiet for longer than dtmftimeout (no packets at all). */
    void onClock(long nowNanos, long timeoutNanos, int clockRate, FrameSink sink) {
        if (digit != 0 && nowNanos - lastEventNanos >= timeoutNanos) {
            finish(clockRate, sink);
        }
    }

    /** Whether a digit may be ended by the timestamp of the next media packet. */
    boolean awaitingTimeout() {
        return timeoutSet;
    }

    boolean inDigit() {
        return digit != 0;
    }

    long lastEventNanos() {
        return lastEventNanos;
    }

    private void finish(int clockRate, FrameSink sink) {
        char ended = digit;
        if (!begun) {
            // only the end packets arrived: still give a BEGIN first, so that every digit has both
            sink.accept(DtmfFrame.begin(ended));
        }
        int millis = clockRate > 0 ? (int) (durationSamples * 1000 / clockRate) : 0;
        digit = 0;
        begun = false;
        durationSamples = 0;
        timeoutSet = false;
        sink.accept(DtmfFrame.end(ended, millis));
    }

    /** RTP timestamp order, with wrap-around. */
    private static boolean after(int a, int b) {
        return a - b > 0;
    }
}
