package org.asterism.pbx.internal.bridge;

import java.util.List;
import java.util.Optional;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.DtmfFrame;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.FrameSink;
import org.asterism.media.api.Transcoder;
import org.asterism.media.api.Translator;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One side's reader in a bridge: what its far end sends goes to the other side, audio translated to the other side's
 * first format with one transcoder kept for the direction. The common case (same format both ways) writes the frame
 * as it came: no copy, no allocation.
 */
final class RelayDirection implements FrameSink {

    private static final Logger LOG = LoggerFactory.getLogger(RelayDirection.class);

    private final TwoPartyBridge bridge;
    private final Channel source;
    private final Channel target;
    private final Translator translator;

    /** The other side's format, refreshed when media changes; null when it has none (write as received). */
    private volatile Format targetFormat;
    private Format pathFrom;
    private Format pathTo;
    private Transcoder transcoder;
    private boolean warned;

    RelayDirection(TwoPartyBridge bridge, Channel source, Channel target, Translator translator) {
        this.bridge = bridge;
        this.source = source;
        this.target = target;
        this.translator = translator;
    }

    /** Reads the target's format again (after a re-INVITE changed it). */
    void refresh() {
        List<Format> formats = target.nativeFormats();
        targetFormat = formats.isEmpty() ? null : formats.get(0);
    }

    @Override
    public void accept(Frame frame) {
        if (bridge.isOver()) {
            return;
        }
        if (frame instanceof VoiceFrame voice) {
            VoiceFrame out = translate(voice);
            if (out != null) {
                target.write(out);
            }
        } else if (frame instanceof DtmfFrame) {
            target.write(frame);
        } else if (frame instanceof ControlFrame control) {
            switch (control.control()) {
                case HANGUP -> bridge.end(source);
                case HOLD, UNHOLD -> target.indicate(control.control());
                case SRCCHANGE, SRCUPDATE -> {
                    bridge.mediaChanged();
                    target.indicate(control.control());
                }
                default -> { } // call progress means nothing once both sides are up
            }
        }
    }

    private synchronized VoiceFrame translate(VoiceFrame voice) {
        Format to = targetFormat;
        Format from = voice.format();
        if (to == null || to == from || to.equals(from)) {
            return voice;
        }
        if (!same(from, pathFrom) || !same(to, pathTo)) {
            Optional<Transcoder> path = translator.path(from, to);
            pathFrom = from;
            pathTo = to;
            transcoder = path.orElse(null);
            if (path.isEmpty() && !warned) {
                warned = true;
                LOG.warn("No translation path from {} to {} for {} -> {}: audio dropped", from.name(), to.name(),
                        source.name(), target.name());
            }
        }
        return transcoder == null ? null : transcoder.translate(voice);
    }

    private static boolean same(Format a, Format b) {
        return a == b || (a != null && a.equals(b));
    }
}
