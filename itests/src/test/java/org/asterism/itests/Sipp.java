package org.asterism.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one SIPp scenario against the server, always bounded: a call count ({@code -m}), a global timeout
 * ({@code -timeout}, a failure when reached) and a per-receive timeout. Statistics, unexpected messages and
 * the final screen go to {@code target/sipp-logs/}.
 */
public final class Sipp {

    private static final String SIPP = "/usr/bin/sipp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HHmmss-SSS");

    private final Path scenario;
    private final Path logDir;
    private final String serverHost;
    private int serverPort;
    private String localAddress = "127.0.0.1";
    private boolean tcp;
    private int calls = 1;
    private double rate = 10;
    private Duration timeout = Duration.ofSeconds(20);
    private Duration receiveTimeout = Duration.ofSeconds(4);
    private Path injection;
    private Path messageTrace;
    private int listenPort;

    public Sipp(Path scenario, Path logDir, String serverHost, int serverPort) {
        this.scenario = scenario;
        this.logDir = logDir;
        this.serverHost = serverHost;
        this.serverPort = serverPort;
    }

    /** Over TCP, one connection for all calls ({@code -t t1}); UDP otherwise. */
    public Sipp tcp() {
        this.tcp = true;
        return this;
    }

    /** Stop after this many calls ({@code -m}). */
    public Sipp calls(int calls) {
        this.calls = calls;
        return this;
    }

    /** New calls per second ({@code -r}). */
    public Sipp rate(double callsPerSecond) {
        this.rate = callsPerSecond;
        return this;
    }

    /** The whole run fails when it takes longer than this ({@code -timeout} with {@code -timeout_error}). */
    public Sipp timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Reads per-call values ([field0], [field1]...) from a SIPp injection file ({@code -inf}). */
    public Sipp injection(Path csv) {
        this.injection = csv;
        return this;
    }

    /** Also writes every message sent and received to {@code file} ({@code -trace_msg -message_file}). */
    public Sipp messageTrace(Path file) {
        this.messageTrace = file;
        return this;
    }

    /** Send to another port of 127.0.0.1 (the server port by default). */
    public Sipp serverPort(int serverPort) {
        this.serverPort = serverPort;
        return this;
    }

    /**
     * Send from this loopback address ({@code -i}; 127.0.0.1 by default). Linux answers for all of 127.0.0.0/8 without
     * setup, so 127.0.0.2 gives a second source address for identify-by-IP tests.
     */
    public Sipp localAddress(String loopbackAddress) {
        if (!loopbackAddress.startsWith("127.")) {
            throw new IllegalArgumentException("SIPp only ever runs on 127.0.0.0/8, not " + loopbackAddress);
        }
        this.localAddress = loopbackAddress;
        return this;
    }

    /**
     * As a UAS: SIPp waits on 127.0.0.1:{@code port} (UDP) for the server's requests instead of sending to it; a
     * call is one incoming Call-ID. Pick the port with {@link #freePort()}.
     */
    public Sipp asServer(int port) {
        this.listenPort = port;
        return this;
    }

    /** Runs to completion and returns the outcome. */
    public Result run() {
        return start().await();
    }

    /** Starts SIPp in the background; {@link Run#await()} collects the outcome. */
    public Run start() {
        if (!Files.isRegularFile(scenario)) {
            throw new IllegalArgumentException("no SIPp scenario " + scenario);
        }
        try {
            Files.createDirectories(logDir);
            boolean server = listenPort > 0;
            int localPort = server ? listenPort : freePort(localAddress);
            String name = scenario.getFileName().toString().replaceFirst("\\.xml$", "") + (tcp ? "-tcp-" : "-udp-")
                + LocalDateTime.now().format(STAMP);
            Path stats = logDir.resolve(name + "-stats.csv");
            Path errors = logDir.resolve(name + "-errors.log");
            Path screen = logDir.resolve(name + "-screen.log");
            Path output = logDir.resolve(name + "-stdout.log");
            List<String> command = new ArrayList<>(List.of(SIPP));
            if (!server) {
                command.add(serverHost + ":" + serverPort);
            }
            command.addAll(List.of(
                "-sf", scenario.toString(),
                "-i", localAddress, "-p", Integer.toString(localPort),
                "-t", tcp ? "t1" : "u1",
                "-m", Integer.toString(calls),
                "-r", rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate),
                "-l", "200",
                "-timeout", timeout.toSeconds() + "s", "-timeout_error",
                "-recv_timeout", Long.toString(receiveTimeout.toMillis()),
                "-nostdin",
                "-trace_stat", "-stf", stats.toString(), "-fd", "1",
                "-trace_err", "-error_file", errors.toString(),
                "-trace_screen", "-screen_file", screen.toString()));
            if (injection != null) {
                command.addAll(List.of("-inf", injection.toString()));
            }
            if (messageTrace != null) {
                command.addAll(List.of("-trace_msg", "-message_file", messageTrace.toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
            builder.environment().put("TERM", "dumb");
            Process process = builder.start();
            return new Run(process, String.join(" ", command), stats, errors, screen, output,
                timeout.plusSeconds(15), localPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port free for both UDP and TCP on 127.0.0.1 (SIPp listens on both when using TCP). */
    public static int freePort() throws IOException {
        return freePort("127.0.0.1");
    }

    /** A port free for both UDP and TCP on the address. */
    private static int freePort(String address) throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcpSocket = new ServerSocket(0, 1, java.net.InetAddress.getByName(address))) {
                int candidate = tcpSocket.getLocalPort();
                try (DatagramSocket udpSocket = new DatagramSocket(new InetSocketAddress(address, candidate))) {
                    return candidate;
                } catch (IOException busy) {
                    // try another
                }
            }
        }
        throw new IOException("no free local port for SIPp");
    }

    /** A SIPp process under way. */
    public static final class Run {
        private final Process process;
        private final String command;
        private final Path stats;
        private final Path errors;
        private final Path screen;
        private final Path output;
        private final Duration hardLimit;
        private final int localPort;

        Run(Process process, String command, Path stats, Path errors, Path screen, Path output, Duration hardLimit,
            int localPort) {
            this.process = process;
            this.command = command;
            this.stats = stats;
            this.errors = errors;
            this.screen = screen;
            this.output = output;
            this.hardLimit = hardLimit;
            this.localPort = localPort;
        }

        /** Waits until SIPp holds its UDP port on 127.0.0.1, so that a request sent to it now is received. */
        public void awaitListening(Duration timeout) {
            Await.waitFor("SIPp listening on 127.0.0.1:" + localPort + "/UDP (" + command + ")", timeout, () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("SIPp exited with " + process.exitValue() + ": " + read(output) + read(errors));
                }
                try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", localPort))) {
                    return false;
                } catch (IOException taken) {
                    return true;
                }
            });
        }

        /** Waits for SIPp to exit (killing it past its own timeout plus a margin) and reads its statistics. */
        public Result await() {
            try {
                if (!process.waitFor(hardLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    return new Result(command, -999, -1, -1, read(errors), read(screen) + read(output));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for SIPp", e);
            }
            long[] counts = counts(read(stats));
            return new Result(command, process.exitValue(), counts[0], counts[1], read(errors), read(screen) + read(output));
        }

        /** [successful, failed] from the last line of the statistics CSV; -1 when absent. */
        private static long[] counts(String csv) {
            String[] lines = csv.strip().split("\r?\n");
            if (lines.length < 2) {
                return new long[] {-1, -1};
            }
            String[] header = lines[0].split(";");
            String[] last = lines[lines.length - 1].split(";");
            long ok = -1;
            long failed = -1;
            for (int i = 0; i < header.length && i < last.length; i++) {
                if (header[i].equals("SuccessfulCall(C)")) {
                    ok = Long.parseLong(last[i].trim());
                } else if (header[i].equals("FailedCall(C)")) {
                    failed = Long.parseLong(last[i].trim());
                }
            }
            return new long[] {ok, failed};
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(unreadable " + file + ": " + e + ")";
            }
        }
    }

    /** What a run achieved. SIPp's exit code 0 means every call succeeded. */
    public static final class Result {
        private final String command;
        private final int exitCode;
        private final long successful;
        private final long failed;
        private final String errors;
        private final String screen;

        Result(String command, int exitCode, long successful, long failed, String errors, String screen) {
            this.command = command;
            this.exitCode = exitCode;
            this.successful = successful;
            this.failed = failed;
            this.errors = errors;
            this.screen = screen;
        }

        public int exitCode() {
            return exitCode;
        }

        public long successful() {
            return successful;
        }

        public long failed() {
            return failed;
        }

        /** Exit code 0, no failed call, and {@code expected} successful calls. */
        public boolean allSucceeded(long expected) {
            return exitCode == 0 && failed == 0 && successful == expected;
        }

        @Override
        public String toString() {
            String tail = screen.length() > 3000 ? screen.substring(screen.length() - 3000) : screen;
            String errorTail = errors.length() > 3000 ? errors.substring(0, 3000) + "..." : errors;
            return "SIPp exit " + exitCode + ", successful " + successful + ", failed " + failed
                + "\n  command: " + command + "\n  errors:\n" + errorTail + "\n  screen (tail):\n" + tail;
        }
    }
}
