package org.asterism.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A log file of the container (karaf.log, or sip.log for the packet logger's frames), read from a mark so a
 * test sees only what was logged after it acted.
 */
public final class KarafLog {

    private final Path file;

    public KarafLog(Path file) {
        this.file = file;
    }

    /** The current end of the log; pass it to {@link #since(long)}. */
    public long mark() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything logged after {@code mark}. */
    public String since(long mark) {
        if (!Files.exists(file)) {
            return ""; // not created yet (sip.log before the first frame)
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long from = size < mark ? 0 : mark; // rolled over: read the new file from its start
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - from));
            channel.read(buffer, from);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the text logged after {@code mark} contains {@code expected}; returns that text. */
    public String waitForText(long mark, String expected, Duration timeout) {
        Await.waitFor(file.getFileName() + " does not contain: " + expected, timeout, () -> since(mark).contains(expected));
        return since(mark);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
