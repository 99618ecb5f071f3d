package org.asterism.itests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.asterism.itests.WavFile.Pcm;

/**
 * One headless baresip 1.0.0 (Debian package {@code baresip}) as a test phone with real audio: its microphone is a
 * WAV file (module aufile), what it receives is decoded and written to WAV files (module sndfile, one
 * {@code dump-<time>-dec.wav} per stream start) and it is driven over module ctrl_tcp (netstring JSON: commands in,
 * responses and events such as {@code CALL_ESTABLISHED} out). No sound device and no player: the decode filters run
 * on every received packet regardless. It lives in a throwaway home under the given folder.
 *
 * <p>baresip binds UDP and TCP on its SIP port and TLS on the port after it, so the port is chosen with both free.
 * aufile ends the call when its file runs out ("end of file" closes the call), so the tone file must outlast the call.
 */
public final class BaresipPhone implements AutoCloseable {

    public static final Path BINARY = Paths.get("/usr/bin/baresip");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern OK = Pattern.compile("\"ok\"\\s*:\\s*(true|false)");

    private final String name;
    private final Path home;
    private final Path recordings;
    private final Path log;
    private final int sipPort;
    private final Process process;
    private final Socket control;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final Thread reader;

    /** True when the baresip binary is installed; tests skip otherwise. */
    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Starts a phone named {@code name} sending {@code tone} (8 kHz, 16-bit, mono WAV) with the account line that
     * {@code account} makes from its SIP port, e.g.
     * {@code <sip:7001@127.0.0.1:15060;transport=udp>;auth_pass=secret;regint=60;answermode=auto}; returns once its
     * control port accepts a connection.
     */
    public static BaresipPhone start(Path parent, String name, Path tone, IntFunction<String> account) throws IOException {
        return new BaresipPhone(parent, name, tone, account);
    }

    private BaresipPhone(Path parent, String name, Path tone, IntFunction<String> account) throws IOException {
        this.name = name;
        Files.createDirectories(parent);
        this.home = Files.createTempDirectory(parent, "baresip-" + name + "-");
        this.recordings = Files.createDirectories(home.resolve("recordings"));
        this.log = home.resolve("baresip.log");
        this.sipPort = freeSipPort();
        int controlPort = freeTcpPort();
        Files.writeString(home.resolve("config"), String.join("\n",
            "poll_method epoll",
            "sip_listen 127.0.0.1:" + sipPort,
            "sip_trans_def udp",
            "net_interface 127.0.0.1",
            "dns_server 127.0.0.1:53",
            "audio_player none",
            "audio_source aufile," + tone.toAbsolutePath(),
            "audio_alert none",
            // the tone file is 8 kHz mono: baresip resamples it to the codec's rate (G.722 is 16 kHz)
            "ausrc_srate 8000",
            "ausrc_channels 1",
            "statmode_default off",
            "module_path /usr/lib/baresip/modules",
            "module g711.so",
            "module aufile.so",
            "module sndfile.so",
            "snd_path " + recordings.toAbsolutePath(),
            "module_app account.so",
            "module_app menu.so",
            "module_app ctrl_tcp.so",
            "ctrl_tcp_listen 127.0.0.1:" + controlPort,
            ""));
        Files.writeString(home.resolve("accounts"), account.apply(sipPort) + "\n");
        Files.writeString(home.resolve("contacts"), "");
        this.process = new ProcessBuilder(BINARY.toString(), "-f", home.toString(), "-s")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
        System.out.println("baresip " + name + " (pid " + process.pid() + ") SIP 127.0.0.1:" + sipPort
            + ", control " + controlPort + ", home " + home);
        Socket connected = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (connected == null) {
                if (!process.isAlive()) {
                    throw new IOException("baresip " + name + " exited with " + process.exitValue() + ":\n" + logText());
                }
                try {
                    connected = new Socket(InetAddress.getLoopbackAddress(), controlPort);
                } catch (IOException notYet) {
                    if (System.nanoTime() - deadline >= 0) {
                        throw new IOException("baresip " + name + " control port " + controlPort + " never opened:\n" + logText());
                    }
                    Thread.sleep(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
        this.control = connected;
        this.reader = new Thread(this::readMessages, "baresip-" + name + "-control");
        reader.setDaemon(true);
        reader.start();
    }

    public String name() {
        return name;
    }

    public int sipPort() {
        return sipPort;
    }

    public Path home() {
        return home;
    }

    /** Everything baresip printed, with its SIP trace. */
    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** The last {@code lines} lines baresip printed: for failure messages. */
    public String logTail(int lines) {
        List<String> all = logText().lines().collect(Collectors.toList());
        return "--- baresip " + name + " (" + home + "), last " + Math.min(lines, all.size()) + " of " + all.size()
            + " lines ---\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Sends {@code /dial uri} and waits for the command's answer. */
    public void dial(String uri, Duration timeout) {
        command("dial", uri, timeout);
    }

    /** Hangs up the current call. */
    public void hangup(Duration timeout) {
        command("hangup", null, timeout);
    }

    /** Runs a long command over ctrl_tcp; fails unless baresip answers {@code "ok":true} within the timeout. */
    public void command(String command, String params, Duration timeout) {
        String token = name + "-" + tokens.incrementAndGet();
        String json = "{\"command\":\"" + command + "\"" + (params == null ? "" : ",\"params\":\"" + params + "\"")
            + ",\"token\":\"" + token + "\"}";
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        try {
            OutputStream out = control.getOutputStream();
            out.write((payload.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.write(',');
            out.flush();
        } catch (IOException e) {
            throw new AssertionError("baresip " + name + ": cannot send " + json + ": " + e + "\n" + logTail(60));
        }
        String quoted = "\"" + token + "\"";
        Await.waitForAssert(timeout, () -> {
            if (messages.stream().noneMatch(m -> m.contains(quoted))) {
                throw new AssertionError("baresip " + name + " answers " + json + "; control messages " + messages + "\n" + logTail(60));
            }
        });
        String answer = messages.stream().filter(m -> m.contains(quoted)).findFirst().orElseThrow();
        Matcher ok = OK.matcher(answer);
        if (!ok.find() || !ok.group(1).equals("true")) {
            throw new AssertionError("baresip " + name + " refused " + json + ": " + answer);
        }
    }

    /** Waits for a ua event of {@code type} (CALL_ESTABLISHED, CALL_CLOSED, REGISTER_OK...) seen on the control port. */
    public void awaitEvent(String type, Duration timeout) {
        Await.waitForAssert(timeout, () -> {
            if (!events().contains(type)) {
                throw new AssertionError("baresip " + name + " reports " + type + "; events " + events() + "\n" + logTail(60));
            }
        });
    }

    /** The types of the events seen so far, in order. */
    public List<String> events() {
        return messages.stream().map(TYPE::matcher).filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toList());
    }

    /** The recording files, oldest first. */
    public List<Path> recordingFiles() {
        try (Stream<Path> files = Files.list(recordings)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** What the phone received so far (files still open are read up to their current end). */
    public Pcm recording() throws IOException {
        return WavFile.readAll(recordingFiles());
    }

    /** Seconds of received audio recorded so far; 0 before any. */
    public double recordedSeconds() {
        try {
            return recordingFiles().isEmpty() ? 0 : recording().seconds();
        } catch (IOException | RuntimeException e) {
            return 0; // a header not written yet
        }
    }

    /** Waits until at least {@code seconds} of received audio are recorded. */
    public void awaitRecorded(double seconds, Duration timeout) {
        Await.waitForAssert(timeout, () -> {
            double recorded = recordedSeconds();
            if (recorded < seconds) {
                throw new AssertionError("baresip " + name + " records " + seconds + " s of received audio; has " + recorded
                    + " s in " + recordingFiles() + "; events " + events() + "\n" + logTail(60));
            }
        });
    }

    /** Stops baresip as a user would (SIGTERM: it hangs up and unregisters), forcibly after 10 s. */
    @Override
    public void close() throws InterruptedException {
        try {
            control.close();
        } catch (IOException ignored) {
            // the process is going anyway
        }
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Reads netstrings ({@code <length>:<json>,}) until the connection closes. */
    private void readMessages() {
        try (InputStream in = control.getInputStream()) {
            while (true) {
                int length = 0;
                int c;
                while ((c = in.read()) != ':') {
                    if (c < '0' || c > '9') {
                        return; // closed or not a netstring
                    }
                    length = length * 10 + (c - '0');
                }
                byte[] payload = in.readNBytes(length);
                if (payload.length < length || in.read() != ',') {
                    return;
                }
                messages.add(new String(payload, StandardCharsets.UTF_8));
            }
        } catch (IOException closed) {
            // the test closed the phone
        }
    }

    /** A port free for UDP and TCP with the next one free for TCP: baresip binds its TLS transport there. */
    private static int freeSipPort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freeTcpPort();
            if (port < 65535 && free(port) && freeTcp(port + 1)) {
                return port;
            }
        }
        throw new IOException("no free SIP port pair on 127.0.0.1");
    }

    private static boolean free(int port) {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            return freeTcp(port);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean freeTcp(int port) {
        try (ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
