package org.asterism.itests;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A contact that qualify can ping: a {@link LoopbackPeer} on a free port of 127.0.0.1 whose thread answers every
 * OPTIONS it receives over UDP with 200 OK, sent back to the server's port, until {@link #stopAnswering()}; from then
 * on it stays silent (as a phone that went away) until {@link #startAnswering()}.
 */
final class OptionsAnsweringPeer implements Closeable {

    private final LoopbackPeer peer;
    private final int serverPort;
    private final Thread answerer;
    private final AtomicInteger answered = new AtomicInteger();
    private volatile boolean answering = true;
    private volatile boolean closed;

    OptionsAnsweringPeer(int serverPort) throws IOException {
        this.peer = new LoopbackPeer();
        this.serverPort = serverPort;
        this.answerer = new Thread(this::answerLoop, "options-answering-peer-" + peer.port());
        answerer.setDaemon(true);
        answerer.start();
    }

    int port() {
        return peer.port();
    }

    /** How many OPTIONS were answered so far. */
    int answered() {
        return answered.get();
    }

    void stopAnswering() {
        answering = false;
    }

    void startAnswering() {
        answering = true;
    }

    private void answerLoop() {
        while (!closed) {
            LoopbackPeer.Received received = peer.next(Duration.ofMillis(200));
            if (received == null || !answering || !"UDP".equals(received.transport) || !received.text.startsWith("OPTIONS ")) {
                continue;
            }
            try {
                peer.sendUdp(ok(received.text).getBytes(StandardCharsets.UTF_8), serverPort);
                answered.incrementAndGet();
            } catch (IOException e) {
                if (!closed) {
                    System.out.println("could not answer an OPTIONS: " + e);
                }
            }
        }
    }

    /** 200 OK to a request: its Via, From, Call-ID and CSeq lines as they came, its To with a tag of ours. */
    static String ok(String request) {
        List<String> copied = new ArrayList<>();
        String head = request.split("\r\n\r\n", 2)[0];
        for (String line : head.split("\r\n")) {
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
            switch (name) {
                case "via", "v", "from", "f", "call-id", "i", "cseq" -> copied.add(line);
                case "to", "t" -> copied.add(line.contains(";tag=") ? line : line + ";tag=peer" + Long.toHexString(System.nanoTime()));
                default -> {
                    // not part of the answer
                }
            }
        }
        return "SIP/2.0 200 OK\r\n" + String.join("\r\n", copied) + "\r\nContent-Length: 0\r\n\r\n";
    }

    @Override
    public void close() {
        closed = true;
        peer.close();
        try {
            answerer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
