package org.asterism.format.wav.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.asterism.media.api.Format;

/**
 * The RIFF/WAVE header up to the first byte of audio: walks the chunks (skipping LIST, fact, cue and the like) until
 * {@code data}, checking on the way that {@code fmt } describes audio Asterisk's format_wav can play.
 *
 * @param format slin for 8 kHz, slin16 for 16 kHz
 * @param dataBytes the length the data chunk declares
 */
record WavHeader(Format format, long dataBytes) {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;

    /** Reads the header from the start of the stream, leaving it at the first audio byte. */
    static WavHeader read(InputStream in) throws IOException {
        if (!"RIFF".equals(fourCc(in))) {
            throw new IOException("not a RIFF file");
        }
        littleEndian(in, 4);
        if (!"WAVE".equals(fourCc(in))) {
            throw new IOException("a RIFF file, but not WAVE");
        }
        Format format = null;
        while (true) {
            String id;
            try {
                id = fourCc(in);
            } catch (EOFException e) {
                throw new IOException(format == null ? "no fmt chunk" : "no data chunk", e);
            }
            long size = littleEndian(in, 4);
            if ("fmt ".equals(id)) {
                format = readFormat(in, size);
            } else if ("data".equals(id)) {
                if (format == null) {
                    throw new IOException("data chunk before the fmt chunk");
                }
                return new WavHeader(format, size);
            } else {
                // chunks are padded to an even length
                in.skipNBytes(size + (size & 1));
            }
        }
    }

    private static Format readFormat(InputStream in, long size) throws IOException {
        if (size < 16) {
            throw new IOException("fmt chunk too short (" + size + " bytes)");
        }
        int encoding = (int) littleEndian(in, 2);
        int channels = (int) littleEndian(in, 2);
        long rate = littleEndian(in, 4);
        littleEndian(in, 4); // bytes per second
        littleEndian(in, 2); // block align
        int bits = (int) littleEndian(in, 2);
        long rest = size - 16;
        if (encoding == EXTENSIBLE && rest >= 10) {
            // cbSize, valid bits, channel mask, then the sub-format GUID whose first two bytes are the real format
            littleEndian(in, 8);
            encoding = (int) littleEndian(in, 2);
            rest -= 10;
        }
        in.skipNBytes(rest + (size & 1));
        if (encoding != PCM) {
            throw new IOException("not PCM (format " + encoding + "); only 16-bit mono PCM at 8000 or 16000 Hz is supported");
        }
        if (channels != 1) {
            throw new IOException((channels == 2 ? "stereo" : channels + " channels")
                    + "; only mono is supported");
        }
        if (bits != 16) {
            throw new IOException(bits + "-bit samples; only 16-bit is supported");
        }
        if (rate == 8000) {
            return Format.SLIN;
        }
        if (rate == 16000) {
            return Format.SLIN16;
        }
        throw new IOException(rate + " Hz; only 8000 and 16000 Hz are supported");
    }

    private static String fourCc(InputStream in) throws IOException {
        byte[] id = in.readNBytes(4);
        if (id.length < 4) {
            throw new EOFException();
        }
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static long littleEndian(InputStream in, int bytes) throws IOException {
        byte[] raw = in.readNBytes(bytes);
        if (raw.length < bytes) {
            throw new IOException("truncated header");
        }
        long value = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            value = (value << 8) | (raw[i] & 0xFF);
        }
        return value;
    }
}
