package org.asterism.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a Karaf shell command in-container and returns what it printed (commands print, they return nothing). */
public final class ShellCommands {

    private final SessionFactory sessionFactory;
    private final Duration timeout;

    public ShellCommands(SessionFactory sessionFactory, Duration timeout) {
        this.sessionFactory = sessionFactory;
        this.timeout = timeout;
    }

    /** Output (stdout and stderr together, ANSI escapes removed); a failing command's error text is appended. */
    public String execute(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        session.put("APPLICATION", System.getProperty("karaf.name", "root"));
        session.put("USER", "karaf");
        FutureTask<Object> task = new FutureTask<>(() -> session.execute(command));
        Thread runner = new Thread(task, "itest-shell: " + command);
        runner.setDaemon(true);
        runner.start();
        try {
            task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            out.println("ERROR: " + e.getCause());
        } catch (TimeoutException e) {
            runner.interrupt();
            throw new AssertionError("command did not finish within " + timeout + ": " + command
                + "\n--- output so far ---\n" + text(bytes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running: " + command, e);
        } finally {
            out.flush();
            session.close();
        }
        String output = text(bytes);
        System.out.println("karaf@root()> " + command + "\n" + output);
        return output;
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    }
}
