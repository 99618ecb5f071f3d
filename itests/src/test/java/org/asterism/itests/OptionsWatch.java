package org.asterism.itests;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends an OPTIONS over UDP every {@code interval} from its own thread while something else goes on, and records every
 * one that got no 200 within {@code timeout}: "the server kept answering throughout", checked afterwards.
 */
final class OptionsWatch implements AutoCloseable {

    private final Thread thread;
    private final AtomicInteger sent = new AtomicInteger();
    private final List<String> unanswered = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    private OptionsWatch(int serverPort, Duration interval, Duration timeout) {
        this.thread = new Thread(() -> {
            while (!stopped) {
                long started = System.nanoTime();
                SipResponse response;
                try {
                    response = OptionsPing.udp(serverPort, timeout);
                } catch (IOException e) {
                    response = null;
                }
                int number = sent.incrementAndGet();
                if (response == null || response.status() != 200) {
                    unanswered.add("OPTIONS #" + number + ": " + (response == null ? "no answer within " + timeout : response));
                }
                long rest = interval.toNanos() - (System.nanoTime() - started);
                if (rest > 0) {
                    try {
                        Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "options-watch");
        thread.setDaemon(true);
    }

    static OptionsWatch start(int serverPort, Duration interval, Duration timeout) {
        OptionsWatch watch = new OptionsWatch(serverPort, interval, timeout);
        watch.thread.start();
        return watch;
    }

    int sent() {
        return sent.get();
    }

    /** The OPTIONS that got no 200, each described. */
    List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    /** Stops after the OPTIONS under way (at most one timeout). */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(10_000);
    }
}
