package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One receive thread: a selector over the sockets of many sessions, the timers of those sessions (RTCP reports, RFC
 * 4733 event packets, DTMF timeouts) and tasks handed to it. Datagrams are read into one reused buffer and passed to
 * the socket's {@link PacketHandler}; nothing a handler throws stops the loop.
 */
final class ReceiveLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveLoop.class);
    /** Datagrams taken from one socket per wake-up before the others get a turn. */
    private static final int BURST = 32;
    /** Larger than any RTP packet Asterisk sends or takes (its RTP_MTU is 1200); a longer one is cut and dropped. */
    private static final int BUFFER_SIZE = 2048;

    private final Selector selector;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<LoopTimer> timers = new PriorityQueue<>();
    private final AtomicLong timerOrder = new AtomicLong();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);
    private final RtpHeader header = new RtpHeader();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicLong handlerFailures = new AtomicLong();
    private volatile boolean running = true;

    ReceiveLoop(String name) throws IOException {
        this.selector = Selector.open();
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        // media is late if it waits behind the JVM's other work
        thread.setPriority(Thread.MAX_PRIORITY);
    }

    void start() {
        thread.start();
    }

    /** Sessions on this loop, for spreading new ones over the loops. */
    AtomicInteger sessions() {
        return sessions;
    }

    RtpHeader header() {
        return header;
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs a task on the loop thread, soon. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Runs {@code action} on the loop thread after {@code delayNanos}; from any thread. */
    LoopTimer schedule(long delayNanos, Runnable action) {
        LoopTimer timer = new LoopTimer(System.nanoTime() + delayNanos, timerOrder.incrementAndGet(), action);
        if (inLoop()) {
            timers.add(timer);
        } else {
            execute(() -> timers.add(timer));
        }
        return timer;
    }

    /** Registers a socket for reading (call on the loop thread). */
    void register(DatagramChannel channel, PacketHandler handler) throws ClosedChannelException {
        channel.register(selector, SelectionKey.OP_READ, handler);
    }

    /**
     * Lets the selector drop the keys of channels just closed: only then does the operating system release their
     * ports. Call on the loop thread.
     */
    void flushClosed() {
        try {
            selector.selectNow(this::onReady);
        } catch (IOException e) {
            LOG.warn("RTP receive loop {}: {}", thread.getName(), e.toString());
        }
    }

    long handlerFailures() {
        return handlerFailures.get();
    }

    @Override
    public void run() {
        while (running) {
            try {
                runTasks();
                long timeoutMillis = runDueTimers();
                if (timeoutMillis == 0) {
                    selector.selectNow(this::onReady);
                } else {
                    selector.select(this::onReady, timeoutMillis < 0 ? 0 : timeoutMillis);
                }
            } catch (IOException | RuntimeException e) {
                handlerFailures.incrementAndGet();
                LOG.warn("RTP receive loop {}: {}", thread.getName(), e.toString());
            }
        }
        runTasks();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("Closing selector", e);
        }
    }

    /** Stops the thread and waits (bounded) for it. */
    void stop() {
        running = false;
        selector.wakeup();
        if (!inLoop()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean stopped() {
        return !running;
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                handlerFailures.incrementAndGet();
                LOG.warn("RTP task failed on {}", thread.getName(), e);
            }
        }
    }

    /** Runs what is due; returns the milliseconds to the next timer (at least 1), 0 to poll, -1 for none. */
    private long runDueTimers() {
        while (true) {
            LoopTimer next = timers.peek();
            if (next == null) {
                return -1;
            }
            long wait = next.dueNanos() - System.nanoTime();
            if (wait > 0 && !next.cancelled()) {
                return Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait + 999_999));
            }
            timers.poll();
            try {
                next.run();
            } catch (RuntimeException e) {
                handlerFailures.incrementAndGet();
                LOG.warn("RTP timer failed on {}", thread.getName(), e);
            }
        }
    }

    private void onReady(SelectionKey key) {
        if (!key.isValid() || !key.isReadable()) {
            return;
        }
        DatagramChannel channel = (DatagramChannel) key.channel();
        PacketHandler handler = (PacketHandler) key.attachment();
        for (int i = 0; i < BURST; i++) {
            buffer.clear();
            InetSocketAddress source;
            try {
                source = (InetSocketAddress) channel.receive(buffer);
            } catch (IOException e) {
                // ICMP port unreachable and the like, or the session closed it meanwhile
                return;
            }
            if (source == null) {
                return;
            }
            buffer.flip();
            try {
                handler.onPacket(buffer, source, System.nanoTime(), this);
            } catch (RuntimeException e) {
                handlerFailures.incrementAndGet();
                LOG.debug("RTP packet handling failed", e);
            }
        }
    }
}
