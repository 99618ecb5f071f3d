package org.asterism.sip.api.location;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Contacts by AoR. Reads are from memory and see only contacts whose write is durable; writes are durable
 * when their stage completes. Expired contacts are never returned, even in the moment before they are removed.
 */
@ProviderType
public interface LocationStore {

    /** The AoR's unexpired contacts, ordered by {@code expiresAt} then {@code uri}; empty for an unknown AoR. */
    List<Contact> contacts(String aor);

    /** Every unexpired contact, by AoR then {@code uri}. */
    List<Contact> all();

    /**
     * Atomically replaces an AoR's contacts with what {@code change} returns from the current ones. Read-modify-
     * write is serialised per AoR: two updates of one AoR never interleave, and each sees the result of the one
     * before, even if that is not yet durable; updates of different AoRs proceed in parallel. {@code change} runs
     * on the store's own threads, never the caller's, and may run before earlier updates of other AoRs are stored.
     *
     * <p>Every contact returned must belong to {@code aor}, and no two may have the same URI. Returning the
     * current list unchanged stores nothing and tells no listener.
     *
     * <p>The stage completes with the new list once it is durable, or exceptionally if {@code change} threw, its
     * result was refused, or it could not be stored (then nothing of it is visible to readers). Actions chained
     * with the non-async methods of the stage run on the store's acknowledgement thread: keep them short, and
     * never wait there for another update.
     */
    CompletionStage<List<Contact>> update(String aor, UnaryOperator<List<Contact>> change);

    /** The number of unexpired contacts in all. */
    int count();
}
