package org.asterism.sip.location.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.asterism.sip.api.location.Contact;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The server dies without closing the store, in a JVM of its own ({@link CrashingRegistrar}): every contact whose
 * update was acknowledged must be there, every field intact, when the file is opened again.
 */
public class CrashSafetyTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private MvStoreLocationStore reopened;
    private Path file;
    private Path childLog;

    @After
    public void close() {
        if (reopened != null) {
            reopened.close();
        }
    }

    private Process start(boolean fsync, String... mode) throws Exception {
        file = folder.getRoot().toPath().resolve("data").resolve("asterism").resolve("location.mv.db");
        childLog = folder.getRoot().toPath().resolve("child.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingRegistrar.class.getName(), file.toString(),
                Boolean.toString(fsync)));
        command.addAll(List.of(mode));
        return new ProcessBuilder(command).redirectError(childLog.toFile()).start();
    }

    @Test
    public void everyAcknowledgedContactSurvivesAHaltAfterTheStagesCompleted() throws Exception {
        int n = 2000;
        // without fsync: a commit that reached the kernel must survive the process, and acks wait for the commit
        Process child = start(false, "halt", Integer.toString(n));
        List<String> lines = readAll(child);
        assertTrue("the child did not finish: " + tail(lines), lines.contains("ALL ACKED"));
        assertEquals("the child halted without closing", 3, child.exitValue());

        reopened = new MvStoreLocationStore(file, false, Clock.systemUTC());
        assertEquals(n, reopened.count());
        for (int i = 0; i < n; i++) {
            Contact expected = CrashingRegistrar.contactNumber(i);
            assertTrue("contact " + i + " with every field", reopened.contacts(expected.aor()).contains(expected));
        }
    }

    @Test
    public void everyAcknowledgedContactSurvivesKillDash9InTheMiddleOfWriting() throws Exception {
        // as in service: fsync on, writes in flight when the process is killed
        Process child = start(true, "forever");
        Map<String, List<String>> acked = new HashMap<>();
        int count = 0;
        try (BufferedReader in = reader(child)) {
            String line;
            boolean killed = false;
            while ((line = in.readLine()) != null) {
                String[] words = line.split(" ");
                // only whole lines count: a line cut by the kill has no closing " ."
                if (words.length == 4 && words[0].equals("ACK") && words[3].equals(".")) {
                    acked.computeIfAbsent(words[1], k -> new ArrayList<>()).add(words[2]);
                    count++;
                }
                if (count >= 3000 && !killed) {
                    // SIGKILL: no shutdown hook, no close, writes in flight. Through the handle, because
                    // Process.destroyForcibly also closes our end of the pipe, losing acks printed before the kill
                    child.toHandle().destroyForcibly();
                    killed = true;
                }
            }
            assertTrue("the child stopped before it was killed: " + Files.readString(childLog), killed);
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals("killed by SIGKILL", 137, child.exitValue());

        reopened = new MvStoreLocationStore(file, true, Clock.systemUTC());
        int found = reopened.count();
        System.out.println("kill -9: " + count + " contacts acknowledged, " + found + " found after reopening");
        for (Map.Entry<String, List<String>> aor : acked.entrySet()) {
            List<String> uris = reopened.contacts(aor.getKey()).stream().map(Contact::uri).toList();
            for (String uri : aor.getValue()) {
                assertTrue("acknowledged " + uri + " of " + aor.getKey() + " is lost", uris.contains(uri));
            }
        }
        assertTrue(found >= count);
        // the reopened store is writable
        Contact after = CrashingRegistrar.contactNumber(1_000_000);
        reopened.update(after.aor(), before -> {
            List<Contact> next = new ArrayList<>(before);
            next.add(after);
            return next;
        }).toCompletableFuture().join();
        assertEquals(found + 1, reopened.count());
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private List<String> readAll(Process child) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = reader(child)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the child did not end");
        }
        return lines;
    }

    private String tail(List<String> lines) throws Exception {
        return lines.subList(Math.max(0, lines.size() - 3), lines.size()) + File.separator + Files.readString(childLog);
    }
}
