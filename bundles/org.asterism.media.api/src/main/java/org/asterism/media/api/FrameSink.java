package org.asterism.media.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Takes frames as they arrive. Called on the thread that produced the frame (often the RTP engine's receive thread):
 * it must return quickly and never block; hand slow work to an executor.
 */
@ConsumerType
@FunctionalInterface
public interface FrameSink {

    /** Drops everything. */
    FrameSink DISCARD = frame -> { };

    void accept(Frame frame);
}
