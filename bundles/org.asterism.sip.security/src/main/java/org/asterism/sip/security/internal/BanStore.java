package org.asterism.sip.security.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.asterism.sip.api.config.IpLiteral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the bans in a file, so reloading the module or restarting the server lifts none of them. One line per ban,
 * {@code address since-ms until-ms failures}; the file is replaced atomically, on a thread of its own so that a
 * SIP thread that bans never waits for the disk.
 */
final class BanStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BanStore.class);

    private final Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "asterism-bans");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<List<Ban>> pending = new AtomicReference<>();

    BanStore(Path file) {
        this.file = file;
    }

    List<Ban> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Ban> bans = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                Optional<Ban> ban = parse(line);
                if (ban.isPresent()) {
                    bans.add(ban.get());
                } else if (!line.isBlank()) {
                    LOG.warn("Ignoring line {} of {}: '{}' is not 'address since-ms until-ms failures'", number, file, line);
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot read the bans kept in {}: {}", file, e.toString());
        }
        return bans;
    }

    /** Writes this list soon; a later call before the write replaces it. */
    void save(List<Ban> bans) {
        if (pending.getAndSet(bans) == null) {
            writer.execute(this::writePending);
        }
    }

    private void writePending() {
        List<Ban> bans = pending.getAndSet(null);
        if (bans == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Ban ban : bans) {
            text.append(ban.address().getHostAddress()).append(' ').append(ban.since().toEpochMilli()).append(' ')
                    .append(ban.until().toEpochMilli()).append(' ').append(ban.failures()).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Cannot keep the bans in {}: {}", file, e.toString());
        }
    }

    private static Optional<Ban> parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length != 4) {
            return Optional.empty();
        }
        Optional<InetAddress> address = IpLiteral.parse(fields[0]);
        try {
            return address.map(value -> new Ban(value, Instant.ofEpochMilli(Long.parseLong(fields[1])),
                    Instant.ofEpochMilli(Long.parseLong(fields[2])), Integer.parseInt(fields[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Finishes the last write. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The bans could not be written to {} within 5 s", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
