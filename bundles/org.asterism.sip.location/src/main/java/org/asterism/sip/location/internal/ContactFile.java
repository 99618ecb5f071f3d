package org.asterism.sip.location.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asterism.sip.api.location.Contact;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contacts on disk: one H2 MVStore file holding one map, AoR to its encoded contacts (see {@link ContactCodec}).
 *
 * <p>Why MVStore, and why it is crash-safe: it is an append-only, log-structured store. A commit never overwrites
 * live data; it writes a whole new chunk (the changed pages plus the new map roots) whose header and footer each
 * carry a checksum, and the chunks chain to each other. On open, MVStore takes the newest chunk whose header and
 * footer check out, so a chunk torn by a crash mid-write is ignored and the store opens at the last complete
 * version. No journal to replay, no repair step, and a {@code kill -9} cannot leave a half-updated AoR.
 *
 * <p>When a commit counts as durable (the acknowledgement point of {@code LocationStore.update}):
 * <ul>
 * <li>{@link MVStore#commit()} returns once its chunk has been handed to the operating system
 * ({@code FileChannel.write}). That alone survives the JVM dying ({@code kill -9}, a crash, {@code halt}): the
 * data is in the kernel's page cache, which outlives the process.
 * <li>{@link #commit()} also forces the file to the device ({@code FileChannel.force}) before it returns, so an
 * acknowledged contact survives a kernel panic or a power cut too, as far as the disk honours a flush (a virtual
 * disk whose host caches writes may not).
 * </ul>
 * The trade-off, measured on this project's machine (ext4 on a virtual disk, {@code UpdateRateMeasurementTest}):
 * a force costs about 0.3-0.8 ms, so one caller waiting for each update in turn gets ~1,300-3,300 updates/s
 * (~10,000-12,000/s without the force); but the writer commits everything that queued up meanwhile in one chunk
 * and one force (group commit, {@link GroupCommitWriter}), so with 200 REGISTERs in flight it stores
 * ~40,000-90,000 single-contact updates/s. Under load the force is shared, so it is kept on; what it costs is
 * latency (one force per REGISTER at most), never a write acknowledged before it is on the disk. An auto-commit
 * delay instead would have to hold every acknowledgement for the delay, or acknowledge before the data is safe.
 *
 * <p>Because every commit is forced before the next begins, chunks that no longer hold live data need not be kept
 * for H2's default 45 s "retention time" (its guess at how long an unforced write may take to reach the disk):
 * it is set to 0, and the file stays at a few MB instead of growing by ~20 KiB per commit for 45 s (200 MB after
 * 10,000 lone updates). Without the force (only for measurement and tests) H2's default is kept.
 *
 * <p>H2's background thread stays on (auto-commit delay 1 s) because it also does housekeeping: it rewrites chunks
 * whose pages are mostly dead. That thread may pick up our changes first and write them asynchronously, in which
 * case {@code commit()} finds nothing left to do and returns before the chunk is written; {@link #commit()}
 * therefore also waits for every chunk write already started ({@link MVStore#executeFilestoreOperation}). The
 * thread that commits must never be interrupted: an interrupt closes the file channel (and H2 ignores one while
 * it waits for its own writes).
 */
final class ContactFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContactFile.class);
    private static final String MAP = "contacts";

    private final Path path;
    private final MVStore store;
    private final MVMap<String, byte[]> contacts;
    private final boolean fsync;

    private ContactFile(Path path, MVStore store, boolean fsync) {
        this.path = path;
        this.store = store;
        this.fsync = fsync;
        this.contacts = store.openMap(MAP, new MVMap.Builder<String, byte[]>()
                .keyType(StringDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
    }

    /** Opens (or creates) the file; fails if another process has it open. */
    static ContactFile open(Path path, boolean fsync) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + path, e);
        }
        MVStore store = new MVStore.Builder()
                .fileName(path.toString())
                .backgroundExceptionHandler((thread, e) -> LOG.error("Contact file {}: background write failed", path, e))
                .open();
        if (fsync) {
            // every commit is forced before the next, so a dead chunk can be reused at once (see above)
            store.setRetentionTime(0);
        }
        return new ContactFile(path, store, fsync);
    }

    /**
     * Every AoR's contacts, dropping those expired at {@code now} (durably, so they do not come back); an AoR whose
     * bytes cannot be read is logged and left in the file untouched, for a release that can read it.
     */
    Map<String, List<Contact>> load(Instant now) {
        Map<String, List<Contact>> all = new HashMap<>();
        Map<String, List<Contact>> trimmed = new HashMap<>();
        for (Cursor<String, byte[]> cursor = contacts.cursor(null); cursor.hasNext();) {
            String aor = cursor.next();
            List<Contact> stored;
            try {
                stored = ContactCodec.decode(cursor.getValue());
            } catch (IllegalArgumentException e) {
                LOG.warn("Contact file {}: the contacts of AoR '{}' cannot be read and are ignored: {}", path, aor, e.getMessage());
                continue;
            }
            List<Contact> live = stored.stream().filter(c -> !c.expired(now)).toList();
            if (live.size() != stored.size()) {
                trimmed.put(aor, live);
            }
            if (!live.isEmpty()) {
                all.put(aor, live);
            }
        }
        if (!trimmed.isEmpty()) {
            trimmed.forEach(this::stage);
            commit();
        }
        return all;
    }

    /** Puts an AoR's contacts (none: removes the AoR); durable only after the next {@link #commit()}. */
    void stage(String aor, List<Contact> aorContacts) {
        if (aorContacts.isEmpty()) {
            contacts.remove(aor);
        } else {
            contacts.put(aor, ContactCodec.encode(aorContacts));
        }
    }

    /** Makes every staged change durable, or throws (and then the store is closed: MVStore stops at a write error). */
    void commit() {
        store.commit();
        store.executeFilestoreOperation(fsync ? () -> store.getFileStore().sync() : () -> { });
    }

    boolean fsync() {
        return fsync;
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
