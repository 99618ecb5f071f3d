package org.asterism.pbx.internal.bridge;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.Format;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.Translator;
import org.asterism.media.api.rtp.RtpSession;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.internal.CoreChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One two-party bridge, as Asterisk's basic bridge with the native RTP technology: when both channels have an RTP
 * session and the same first format, the sessions relay packets to each other and the readers see only signalling;
 * otherwise each channel's reader writes the other side's frames, translated where the formats differ. Whichever
 * channel hangs up first ends it; the other is left up with its reader reset.
 */
final class TwoPartyBridge {

    private static final Logger LOG = LoggerFactory.getLogger(TwoPartyBridge.class);

    private final String id;
    private final Channel first;
    private final Channel second;
    private final RelayDirection firstToSecond;
    private final RelayDirection secondToFirst;
    private final CompletableFuture<Channel> ended = new CompletableFuture<>();

    /** The sessions relaying natively now, both or neither; guarded by {@code this}. */
    private RtpSession relayFirst;
    private RtpSession relaySecond;
    private volatile boolean over;

    TwoPartyBridge(String id, Channel first, Channel second, Translator translator) {
        this.id = id;
        this.first = first;
        this.second = second;
        this.firstToSecond = new RelayDirection(this, first, second, translator);
        this.secondToFirst = new RelayDirection(this, second, first, translator);
    }

    CompletionStage<Channel> ended() {
        return ended.minimalCompletionStage();
    }

    boolean isOver() {
        return over;
    }

    void start() {
        tag(id);
        firstToSecond.refresh();
        secondToFirst.refresh();
        first.reader(firstToSecond);
        second.reader(secondToFirst);
        // either may have gone before the readers were in place: the hungUp stages cover that and any later hangup
        first.hungUp().thenRun(() -> end(first));
        second.hungUp().thenRun(() -> end(second));
        if (over) {
            return;
        }
        // a new source for each far end: drivers set the RTP marker and expect new timestamps
        first.indicate(Control.SRCUPDATE);
        second.indicate(Control.SRCUPDATE);
        mediaChanged();
        LOG.debug("Bridge {}: {} and {} joined", id, first.name(), second.name());
    }

    /** A channel's media changed (re-INVITE, new RTP session): choose native or frame relay again. */
    void mediaChanged() {
        firstToSecond.refresh();
        secondToFirst.refresh();
        synchronized (this) {
            if (over) {
                return;
            }
            Optional<RtpSession> a = first.rtp();
            Optional<RtpSession> b = second.rtp();
            boolean nativeRelay = a.isPresent() && b.isPresent() && sameFirstFormat(first.nativeFormats(), second.nativeFormats());
            if (nativeRelay && a.get() == relayFirst && b.get() == relaySecond) {
                return;
            }
            stopNative();
            if (nativeRelay) {
                relayFirst = a.get();
                relaySecond = b.get();
                relayFirst.relayTo(Optional.of(relaySecond));
                relaySecond.relayTo(Optional.of(relayFirst));
                LOG.debug("Bridge {}: native RTP relay between {} and {}", id, first.name(), second.name());
            }
        }
    }

    /** Whether the bridge relays RTP natively now. */
    synchronized boolean isNative() {
        return relayFirst != null;
    }

    /** Ends the bridge because {@code leaver} hung up or left; the first call wins. */
    void end(Channel leaver) {
        synchronized (this) {
            if (over) {
                return;
            }
            over = true;
            stopNative();
        }
        first.reader(FrameSink.DISCARD);
        second.reader(FrameSink.DISCARD);
        tag("");
        LOG.debug("Bridge {}: ended by {}", id, leaver.name());
        ended.complete(leaver);
    }

    private void stopNative() {
        if (relayFirst != null) {
            relayFirst.relayTo(Optional.empty());
            relaySecond.relayTo(Optional.empty());
            relayFirst = null;
            relaySecond = null;
        }
    }

    private void tag(String bridgeId) {
        for (Channel channel : List.of(first, second)) {
            if (channel instanceof CoreChannel core) {
                core.bridgeId(bridgeId);
            }
        }
    }

    private static boolean sameFirstFormat(List<Format> a, List<Format> b) {
        return !a.isEmpty() && !b.isEmpty() && a.get(0).equals(b.get(0));
    }
}
