package org.asterism.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution run as a separate process, outside Pax Exam, for tests that must do what Pax Exam cannot do to
 * its own container (kill it with SIGKILL and start it again on the same data folder). Unpacks the assembly's tar.gz
 * once, moves Karaf's listeners (ssh, RMI, shutdown port) to free ports on 127.0.0.1, and runs {@code bin/karaf
 * server}. Every wait is bounded; {@link #stop()} always leaves no process behind.
 */
public final class KarafServer implements AutoCloseable {

    private final Path home;
    private final int sshPort;
    private Process launcher;
    private ProcessHandle jvm;
    private int starts;

    private KarafServer(Path home, int sshPort) {
        this.home = home;
        this.sshPort = sshPort;
    }

    /** Unpacks {@code distribution} into a new folder under {@code parent}, with {@code pjsipConf} as etc/asterism/pjsip.conf. */
    public static KarafServer unpack(Path distribution, Path parent, String pjsipConf) throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "karaf-");
        run(Duration.ofSeconds(60), dir, "tar", "xzf", distribution.toString(), "-C", dir.toString());
        Path home;
        try (var entries = Files.list(dir)) {
            home = entries.filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IOException("nothing unpacked from " + distribution));
        }
        int ssh = freeTcpPort();
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(ssh));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshHost", "127.0.0.1");
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freeTcpPort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freeTcpPort()));
        setProperty(home.resolve("etc/config.properties"), "karaf.shutdown.host", "127.0.0.1");
        setProperty(home.resolve("etc/config.properties"), "karaf.shutdown.port", Integer.toString(freeTcpPort()));
        Files.writeString(home.resolve("etc/asterism/pjsip.conf"), pjsipConf);
        return new KarafServer(home.toRealPath(), ssh);
    }

    public Path home() {
        return home;
    }

    /** {@code data/log/karaf.log} (kept across restarts of this folder). */
    public KarafLog karafLog() {
        return new KarafLog(home.resolve("data/log/karaf.log"));
    }

    /** Starts {@code bin/karaf server} and finds its JVM (the script's java child). */
    public void start() throws IOException {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console-" + starts + ".log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launcher = builder.start();
        jvm = null;
        Await.waitFor("a java process under bin/karaf server", Duration.ofSeconds(20), () -> findJvm().isPresent());
        jvm = findJvm().orElseThrow();
    }

    /** The JVM running Karaf's Main under the launcher (bin/karaf also starts short-lived java processes). */
    private Optional<ProcessHandle> findJvm() {
        if (launcher == null) {
            return Optional.empty();
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(launcher.toHandle()), launcher.descendants())
            .filter(ProcessHandle::isAlive)
            .filter(p -> {
                String cmdline = cmdline(p.pid()); // ProcessHandle.Info has no arguments for command lines this long
                return cmdline.contains("org.apache.karaf.main.Main") && cmdline.contains("-Dkaraf.home=" + home);
            })
            .findFirst();
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** The server's JVM process id. */
    public long jvmPid() {
        if (jvm == null) {
            throw new IllegalStateException("not started");
        }
        return jvm.pid();
    }

    public boolean isAlive() {
        return jvm != null && jvm.isAlive();
    }

    /** SIGKILL to the JVM (no shutdown hook runs, nothing is flushed), then waits for it to be gone. */
    public void kill9() throws InterruptedException {
        ProcessHandle target = jvm;
        target.destroyForcibly();
        Await.waitFor("JVM " + target.pid() + " gone after SIGKILL", Duration.ofSeconds(15), () -> !target.isAlive());
        launcher.waitFor(10, TimeUnit.SECONDS);
        launcher.destroyForcibly();
    }

    /**
     * Runs Karaf commands through {@code bin/client} over ssh on 127.0.0.1 (commands on stdin, batch mode) and
     * returns what they printed; the client retries the connection for up to 30 s while the server boots.
     */
    public String client(String commands) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "client", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", Integer.toString(sshPort), "-u", "karaf", "-p", "karaf", "-r", "30", "-d", "1", "-b")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        try (OutputStream stdin = client.getOutputStream()) {
            stdin.write((commands + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!client.waitFor(90, TimeUnit.SECONDS)) {
            client.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("bin/client did not finish within 90 s: " + commands + "\n" + Files.readString(out));
        }
        String output = Files.readString(out).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
        System.out.println("client> " + commands + "\n" + output);
        return output;
    }

    /** Stops the server with bin/stop (bounded), SIGKILL when it does not go; safe to call when not running. */
    public void stop() {
        if (jvm == null && launcher != null) {
            jvm = findJvm().orElse(null); // start() gave up before the JVM showed
        }
        if (jvm == null || !jvm.isAlive()) {
            if (launcher != null) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
            return;
        }
        try {
            run(Duration.ofSeconds(30), home, home.resolve("bin/stop").toString());
        } catch (Exception e) {
            System.out.println("bin/stop failed: " + e);
        }
        ProcessHandle target = jvm;
        try {
            Await.waitFor("JVM " + target.pid() + " to stop", Duration.ofSeconds(30), () -> !target.isAlive());
        } catch (AssertionError stillRunning) {
            System.out.println(stillRunning.getMessage() + "; killing it");
            target.destroyForcibly();
        }
        launcher.destroyForcibly();
    }

    /** Removes the unpacked folder (call after {@link #stop()}). */
    public void delete() throws IOException, InterruptedException {
        run(Duration.ofSeconds(60), home.getParent().getParent(), "rm", "-rf", home.getParent().toString());
    }

    @Override
    public void close() {
        stop();
    }

    /** Replaces {@code key = …} in a properties/cfg file, or appends it. */
    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        Pattern line = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*=.*$");
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (line.matcher(lines.get(i)).matches()) {
                lines.set(i, key + " = " + Matcher.quoteReplacement(value));
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(file, lines);
    }

    static void run(Duration limit, Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new IOException(String.join(" ", command) + " did not finish within " + limit);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** Whether UDP and TCP {@code port} on 127.0.0.1 are both free right now. */
    static boolean portFree(int port) {
        try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
