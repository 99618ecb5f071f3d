package org.asterism.format.wav.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asterism.media.api.FileFormat.FrameReader;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;

/** Reads a WAV file's samples as frames, turning the file's little-endian samples into network order. */
final class WavReader implements FrameReader {

    private final InputStream in;
    private final Format format;
    private long remaining;

    private WavReader(InputStream in, WavHeader header) {
        this.in = in;
        this.format = header.format();
        this.remaining = header.dataBytes();
    }

    static WavReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            return new WavReader(in, WavHeader.read(in));
        } catch (IOException e) {
            in.close();
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public VoiceFrame read(int samples) throws IOException {
        if (samples <= 0) {
            throw new IllegalArgumentException("samples must be positive: " + samples);
        }
        // a data chunk may declare more than the file holds (written by a recorder that never closed it)
        int wanted = (int) Math.min((long) samples * 2, remaining & ~1L);
        byte[] payload = in.readNBytes(wanted);
        int got = payload.length & ~1;
        remaining = payload.length < wanted ? 0 : remaining - payload.length;
        if (got == 0) {
            remaining = 0;
            return null;
        }
        byte[] network = new byte[got];
        for (int i = 0; i < got; i += 2) {
            network[i] = payload[i + 1];
            network[i + 1] = payload[i];
        }
        return new VoiceFrame(format, network, got / 2);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
