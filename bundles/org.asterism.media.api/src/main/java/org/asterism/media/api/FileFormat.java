package org.asterism.media.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A sound file format (format_wav), registered as an OSGi service: Playback looks for {@code name.ext} for each
 * registered format's extensions in the sounds folder.
 */
@ConsumerType
public interface FileFormat {

    /** Asterisk's name of the file format: "wav". */
    String name();

    /** File extensions without the dot: ["wav", "WAV"]. */
    List<String> extensions();

    /**
     * Opens a file for reading, from the start.
     *
     * @throws IOException when it cannot be read or is not in a form this format handles (the message says which)
     */
    FrameReader open(Path file) throws IOException;

    /** Reads a sound file frame by frame. */
    interface FrameReader extends AutoCloseable {

        /** The format of the frames it returns. */
        Format format();

        /** The next frame of at most {@code samples} samples, or null at the end of the file. */
        VoiceFrame read(int samples) throws IOException;

        @Override
        void close() throws IOException;
    }
}
