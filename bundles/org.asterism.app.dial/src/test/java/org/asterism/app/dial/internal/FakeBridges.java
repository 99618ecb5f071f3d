package org.asterism.app.dial.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.pbx.api.Bridges;
import org.asterism.pbx.api.Channel;

/** Remembers who was bridged; a bridge ends with whichever of its two channels hangs up first. */
class FakeBridges implements Bridges {

    final List<List<Channel>> bridged = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Channel> bridge(Channel first, Channel second) {
        bridged.add(List.of(first, second));
        CompletableFuture<Channel> ended = new CompletableFuture<>();
        first.hungUp().thenRun(() -> ended.complete(first));
        second.hungUp().thenRun(() -> ended.complete(second));
        return ended;
    }
}
