package org.asterism.rtp.internal;

import java.util.concurrent.TimeUnit;
import org.asterism.media.api.DtmfFrame;

/**
 * Sends DTMF as RFC 4733 events: a BEGIN sends the first packet (marker set) and then one every 50 ms with the
 * duration so far, all with the event's start timestamp; the END sends the three end packets Asterisk sends. An END
 * without a BEGIN (a digit from SIP INFO or inband detection) sends a whole event at once. Works under the
 * transmitter's lock; continuation packets go out on the session's receive loop.
 */
final class TelephoneEventSender {

    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Length given to a digit whose END came without a duration (Asterisk's default digit length). */
    private static final int DEFAULT_DURATION_MILLIS = 100;
    /** Duration of the first packet: one 20 ms frame's worth, as Asterisk starts. */
    private static final int FIRST_DURATION_MILLIS = 20;

    private final RtpTransmitter transmitter;
    private final ReceiveLoop loop;

    private volatile int payloadType = -1;
    // guarded by transmitter
    private int event = -1;
    private int eventTimestamp;
    private long startNanos;
    private int clockRate;
    private LoopTimer continuation;

    TelephoneEventSender(RtpTransmitter transmitter, ReceiveLoop loop) {
        this.transmitter = transmitter;
        this.loop = loop;
    }

    void payloadType(int type) {
        payloadType = type;
    }

    /** A key went down. */
    void begin(char digit, long nowNanos) {
        synchronized (transmitter) {
            if (payloadType < 0 || !transmitter.canSend()) {
                return;
            }
            if (event >= 0) {
                finish(nowNanos, 0);
            }
            start(digit, nowNanos);
            continuation = loop.schedule(INTERVAL_NANOS, this::continueEvent);
        }
    }

    /** The key came up, after {@code durationMillis} (0 when unknown). */
    void end(char digit, int durationMillis, long nowNanos) {
        synchronized (transmitter) {
            if (event < 0 && (payloadType < 0 || !transmitter.canSend())) {
                return;
            }
            int code = DtmfFrame.DIGITS.indexOf(Character.toUpperCase(digit));
            if (event != code) {
                if (event >= 0) {
                    finish(nowNanos, 0);
                }
                start(digit, nowNanos);
                if (durationMillis <= 0) {
                    durationMillis = DEFAULT_DURATION_MILLIS;
                }
            }
            finish(nowNanos, durationMillis);
        }
    }

    /** Ends any event in progress (the session is closing or stops sending). */
    void cancel(long nowNanos) {
        synchronized (transmitter) {
            if (event >= 0) {
                finish(nowNanos, 0);
            }
        }
    }

    boolean active() {
        synchronized (transmitter) {
            return event >= 0;
        }
    }

    private void start(char digit, long nowNanos) {
        event = DtmfFrame.DIGITS.indexOf(Character.toUpperCase(digit));
        startNanos = nowNanos;
        clockRate = transmitter.clockRate();
        eventTimestamp = transmitter.startEvent(nowNanos);
        transmitter.sendEvent(payloadType, true, eventTimestamp, event, false, FIRST_DURATION_MILLIS * clockRate / 1000);
    }

    private void continueEvent() {
        synchronized (transmitter) {
            if (event < 0) {
                return;
            }
            long now = System.nanoTime();
            transmitter.sendEvent(payloadType, false, eventTimestamp, event, false, elapsedUnits(now));
            continuation = loop.schedule(INTERVAL_NANOS, this::continueEvent);
        }
    }

    private void finish(long nowNanos, int durationMillis) {
        int duration = Math.max(elapsedUnits(nowNanos), (int) ((long) durationMillis * clockRate / 1000));
        duration = Math.max(duration, FIRST_DURATION_MILLIS * clockRate / 1000);
        for (int i = 0; i < 3; i++) {
            transmitter.sendEvent(payloadType, false, eventTimestamp, event, true, duration);
        }
        if (continuation != null) {
            continuation.cancel();
            continuation = null;
        }
        transmitter.eventFinished(eventTimestamp, Math.min(duration, 0xFFFF), startNanos);
        event = -1;
    }

    private int elapsedUnits(long nowNanos) {
        return (int) Math.max(0, Math.min(0xFFFF, (nowNanos - startNanos) / 1_000_000L * clockRate / 1000));
    }
}
