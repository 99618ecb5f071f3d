package org.asterism.rtp.internal;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.asterism.media.api.Format;

/**
 * A bounded load run, not a test: {@code calls} relayed G.711 calls (two sessions each, one receive thread), every
 * leg fed 50 packets/s by a generator, for a few seconds. Prints the receive thread's CPU and allocation per relayed
 * packet and the added delay (generator to far-end socket). Run by hand:
 * {@code java -cp <test and main classes, media api, slf4j> org.asterism.rtp.internal.RelayBenchmark 500 10}.
 */
public final class RelayBenchmark {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        NioRtpEngine engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(20000, 29998)
                .withStrictRtp(StrictRtpMode.NO));
        DatagramChannel phones = DatagramChannel.open().bind(new InetSocketAddress(FarEnd.LOOPBACK, 0));
        DatagramChannel sink = DatagramChannel.open().bind(new InetSocketAddress(FarEnd.LOOPBACK, 0));
        sink.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4 << 20);
        InetSocketAddress sinkAddress = (InetSocketAddress) sink.getLocalAddress();

        List<NioRtpSession> legs = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            NioRtpSession a = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
            NioRtpSession b = (NioRtpSession) engine.open(FarEnd.LOOPBACK);
            for (NioRtpSession s : List.of(a, b)) {
                s.payloadTypes(Map.of(0, Format.ULAW));
                s.sendFormat(Format.ULAW, 0, 20);
                s.remoteAddress(sinkAddress);
            }
            a.relayTo(Optional.of(b));
            b.relayTo(Optional.of(a));
            legs.add(a);
            legs.add(b);
        }
        Thread loop = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("rtp-receive-0")).findFirst().orElseThrow();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        AtomicBoolean running = new AtomicBoolean(true);
        long[] delays = new long[seconds * legs.size() * 50 + 1000];
        int[] received = {0};
        Thread reader = new Thread(() -> {
            ByteBuffer in = ByteBuffer.allocateDirect(2048);
            try {
                sink.configureBlocking(true);
                while (running.get()) {
                    in.clear();
                    sink.receive(in);
                    long now = System.nanoTime();
                    if (received[0] < delays.length) {
                        delays[received[0]++] = now - in.getLong(12);
                    }
                }
            } catch (Exception e) {
                // closed at the end
            }
        }, "sink");
        reader.start();

        ByteBuffer out = ByteBuffer.allocateDirect(172);
        long packetInterval = 20_000_000L / legs.size();
        long start = System.nanoTime();
        long cpuBefore = threads.getThreadCpuTime(loop.getId());
        long allocatedBefore = threads.getThreadAllocatedBytes(loop.getId());
        long sent = 0;
        int[] sequence = new int[legs.size()];
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            int leg = (int) (sent % legs.size());
            long due = start + sent * packetInterval;
            long wait = due - System.nanoTime();
            if (wait > 200_000) {
                // sleep rather than spin: on two cores a spinning generator would starve the receive thread
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            out.clear();
            out.put((byte) 0x80).put((byte) 0).putShort((short) sequence[leg]).putInt(160 * sequence[leg]).putInt(leg);
            out.putLong(System.nanoTime());
            out.put(new byte[152]);
            out.flip();
            phones.send(out, legs.get(leg).localAddress());
            sequence[leg]++;
            sent++;
        }
        long cpu = threads.getThreadCpuTime(loop.getId()) - cpuBefore;
        long allocated = threads.getThreadAllocatedBytes(loop.getId()) - allocatedBefore;
        Thread.sleep(200);
        running.set(false);
        sink.close();
        reader.join(1000);
        long relayed = legs.stream().mapToLong(s -> s.statistics().packetsSent()).sum();
        engine.stop();
        phones.close();

        long[] d = Arrays.copyOf(delays, received[0]);
        Arrays.sort(d);
        System.out.printf("%d calls (%d sessions), %d s: sent %d, relayed %d, reached the far end %d%n", calls,
                legs.size(), seconds, sent, relayed, received[0]);
        System.out.printf("receive thread: %.0f ns CPU and %.1f bytes allocated per relayed packet (%.0f%% of a core)%n",
                (double) cpu / relayed, (double) allocated / relayed, 100.0 * cpu / (seconds * 1e9));
        if (d.length > 0) {
            System.out.printf("generator to far end: median %.3f ms, 99%% %.3f ms, 99.9%% %.3f ms, max %.3f ms%n",
                    d[d.length / 2] / 1e6, d[(int) (d.length * 0.99)] / 1e6, d[(int) (d.length * 0.999)] / 1e6,
                    d[d.length - 1] / 1e6);
        }
    }
}
