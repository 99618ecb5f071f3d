package org.asterism.pbx.internal.bridge;

import java.net.InetSocketAddress;
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
 * otherwise each channel's reader writes the other side's frames, translated where the formats differ. When both
 * channels also allow direct media, each far end is re-INVITEd to send to the other's RTP address, as the native
 * bridge's "remote" result in Asterisk, and taken back when that no longer holds, or after the bridge once media is
 * needed here again. Whichever
 * channel hangs up first ends it; the other is left up with its reader reset.
 */
final class TwoPartyBridge {

    private static final Logger LOG = LoggerFactory.getLogger(TwoPartyBridge.class);
    /** Asterisk's verbose messages, as the dialplan's: shown with log:set INFO org.asterism.pbx.verbose. */
    private static final Logger VERBOSE = LoggerFactory.getLogger("org.asterism.pbx.verbose");

    private final String id;
    private final Channel first;
    private final Channel second;
    private final RelayDirection firstToSecond;
    private final RelayDirection secondToFirst;
    private final CompletableFuture<Channel> ended = new CompletableFuture<>();

    /** The sessions relaying natively now, both or neither; guarded by {@code this}. */
    private RtpSession relayFirst;
    private RtpSession relaySecond;
    /** Where each far end was last told to send its media (empty: to us); guarded by {@code this}. */
    private Optional<InetSocketAddress> directFirst = Optional.empty();
    private Optional<InetSocketAddress> directSecond = Optional.empty();
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
        List<Runnable> redirects;
        synchronized (this) {
            if (over) {
                return;
            }
            Optional<RtpSession> a = first.rtp();
            Optional<RtpSession> b = second.rtp();
            boolean nativeRelay = a.isPresent() && b.isPresent() && sameFirstFormat(first.nativeFormats(), second.nativeFormats());
            if (!nativeRelay || a.get() != relayFirst || b.get() != relaySecond) {
                stopNative();
                if (nativeRelay) {
                    relayFirst = a.get();
                    relaySecond = b.get();
                    relayFirst.relayTo(Optional.of(relaySecond));
                    relaySecond.relayTo(Optional.of(relayFirst));
                    LOG.debug("Bridge {}: native RTP relay between {} and {}", id, first.name(), second.name());
                }
            }
            redirects = directMedia(nativeRelay && bothAllowDirectMedia() ? b.flatMap(RtpSession::remoteAddress) : Optional.empty(),
                    nativeRelay && bothAllowDirectMedia() ? a.flatMap(RtpSession::remoteAddress) : Optional.empty());
        }
        redirects.forEach(Runnable::run); // signalling, outside the lock
    }

    private boolean bothAllowDirectMedia() {
        return first instanceof CoreChannel one && second instanceof CoreChannel two && one.allowsDirectMedia() && two.allowsDirectMedia();
    }

    /**
     * Where each far end is to send from now on, both direct or neither; the redirects (re-INVITEs) to make for
     * what changed. Guarded by {@code this}.
     */
    private List<Runnable> directMedia(Optional<InetSocketAddress> toFirst, Optional<InetSocketAddress> toSecond) {
        if (toFirst.isEmpty() || toSecond.isEmpty()) {
            toFirst = Optional.empty();
            toSecond = Optional.empty();
        }
        List<Runnable> redirects = new java.util.ArrayList<>(2);
        if (toFirst.isPresent() && directFirst.isEmpty()) {
            VERBOSE.info("Remotely bridged '{}' and '{}' - media will flow directly between them", first.name(), second.name());
        }
        redirect(first, directFirst, toFirst, redirects);
        redirect(second, directSecond, toSecond, redirects);
        directFirst = toFirst;
        directSecond = toSecond;
        return redirects;
    }

    private static void leaveDirectMedia(Channel channel, Optional<InetSocketAddress> direct) {
        if (direct.isPresent() && channel instanceof CoreChannel core) {
            core.directMediaLeftOver();
        }
    }

    private void redirect(Channel channel, Optional<InetSocketAddress> was, Optional<InetSocketAddress> now, List<Runnable> redirects) {
        if (!now.equals(was) && channel instanceof CoreChannel core && !core.isHungUp()) {
            if (now.isEmpty()) {
                LOG.debug("Bridge {}: bringing back '{}' to us", id, channel.name());
            }
            redirects.add(() -> core.directMedia(now));
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
            leaveDirectMedia(first, directFirst);
            leaveDirectMedia(second, directSecond);
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
