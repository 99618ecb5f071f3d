package org.asterism.sip.core.internal.stack;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.stack.QueuedMessageDispatchBase;
import gov.nist.javax.sip.stack.UDPMessageProcessor;

/**
 * How long the oldest datagram waiting in NIST's UDP receive queues has waited: the server's own measure of how far
 * behind it is. One reading thread per UDP listening point queues every datagram with its arrival time and the SIP
 * threads take them in order, so when the machine cannot keep up it is this queue that grows, long before peers
 * retransmit (T1, 500 ms) and the load doubles.
 *
 * <p>NIST keeps the queue in a protected field and offers no accessor; it is read by reflection, found once. If a
 * JAIN-SIP version renames it, the backlog reads 0 (the overload guard then never trips) and a warning says so.
 */
final class ReceiveBacklog {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveBacklog.class);

    private final Field queueField = queueField();

    long oldestWaitMillis(Collection<OpenTransport> transports, long nowMillis) {
        if (queueField == null) {
            return 0;
        }
        long oldest = 0;
        for (OpenTransport transport : transports) {
            if (transport.listeningPoint() instanceof ListeningPointImpl point
                    && point.getMessageProcessor() instanceof UDPMessageProcessor processor
                    && headOf(processor) instanceof QueuedMessageDispatchBase waiting) {
                oldest = Math.max(oldest, nowMillis - waiting.getReceptionTime());
            }
        }
        return oldest;
    }

    private Object headOf(UDPMessageProcessor processor) {
        try {
            return queueField.get(processor) instanceof Queue<?> queue ? queue.peek() : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Field queueField() {
        try {
            Field field = UDPMessageProcessor.class.getDeclaredField("messageQueue");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            LOG.warn("JAIN-SIP's UDP receive queue is not where this build expects it ({}): overload protection is off", e.toString());
            return null;
        }
    }
}
