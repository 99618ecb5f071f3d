package org.asterism.app.playback.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.asterism.media.api.FileFormat;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;

/** A "wav" format that reads a file's bytes as ulaw samples, and counts files left open. */
class RawFileFormat implements FileFormat {

    final AtomicInteger open = new AtomicInteger();

    @Override
    public String name() {
        return "wav";
    }

    @Override
    public List<String> extensions() {
        return List.of("wav", "WAV");
    }

    @Override
    public FrameReader open(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        open.incrementAndGet();
        return new FrameReader() {
            private int position;

            @Override
            public Format format() {
                return Format.ULAW;
            }

            @Override
            public VoiceFrame read(int samples) {
                if (position >= bytes.length) {
                    return null;
                }
                int end = Math.min(bytes.length, position + samples);
                VoiceFrame frame = VoiceFrame.of(Format.ULAW, Arrays.copyOfRange(bytes, position, end));
                position = end;
                return frame;
            }

            @Override
            public void close() {
                open.decrementAndGet();
            }
        };
    }
}
