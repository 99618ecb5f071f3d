package org.asterism.itests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * 16-bit PCM WAV files: the tones the test phones send and the recordings they make. Reading tolerates a recording
 * still being written (or left by a killed process): a data chunk whose size is 0 or runs past the end of the file
 * is taken to end where the file ends.
 */
public final class WavFile {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int HEADER_BYTES = 44;

    private WavFile() {
    }

    /** Mono samples in [-1, 1) at {@code sampleRate}; a multi-channel file is mixed down by averaging. */
    public record Pcm(int sampleRate, double[] samples) {

        public double seconds() {
            return samples.length / (double) sampleRate;
        }

        /** These samples followed by {@code next}'s; both must have the same rate. */
        public Pcm append(Pcm next) {
            if (next.sampleRate != sampleRate) {
                throw new IllegalArgumentException("cannot join " + sampleRate + " Hz and " + next.sampleRate + " Hz audio");
            }
            double[] joined = Arrays.copyOf(samples, samples.length + next.samples.length);
            System.arraycopy(next.samples, 0, joined, samples.length, next.samples.length);
            return new Pcm(sampleRate, joined);
        }
    }

    /** Reads a 16-bit PCM WAV (RIFF, format 1 or extensible), any rate and channel count. */
    public static Pcm read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.remaining() < 12 || bytes.getInt(0) != fourCc("RIFF") || bytes.getInt(8) != fourCc("WAVE")) {
            throw new IOException(file + ": not a RIFF/WAVE file");
        }
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int position = 12;
        while (position + 8 <= bytes.limit()) {
            int id = bytes.getInt(position);
            long size = Integer.toUnsignedLong(bytes.getInt(position + 4));
            int body = position + 8;
            if (id == fourCc("fmt ")) {
                int format = Short.toUnsignedInt(bytes.getShort(body));
                channels = Short.toUnsignedInt(bytes.getShort(body + 2));
                rate = bytes.getInt(body + 4);
                bits = Short.toUnsignedInt(bytes.getShort(body + 14));
                if ((format != PCM && format != EXTENSIBLE) || bits != 16 || channels < 1) {
                    throw new IOException(file + ": format " + format + ", " + bits + " bits, " + channels
                        + " channels; only 16-bit PCM is read");
                }
            } else if (id == fourCc("data")) {
                if (rate == 0) {
                    throw new IOException(file + ": data chunk before the fmt chunk");
                }
                long available = bytes.limit() - body;
                long length = size == 0 || size > available ? available : size;
                return new Pcm(rate, mono(bytes, body, (int) length, channels));
            }
            position = (int) Math.min(bytes.limit(), body + size + (size & 1));
        }
        throw new IOException(file + ": no data chunk");
    }

    private static double[] mono(ByteBuffer bytes, int offset, int length, int channels) {
        int frames = length / (2 * channels);
        double[] samples = new double[frames];
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += bytes.getShort(offset + 2 * (frame * channels + channel));
            }
            samples[frame] = sum / channels / 32768.0;
        }
        return samples;
    }

    /** Writes interleaved 16-bit samples as a canonical 44-byte-header WAV. */
    public static void write(Path file, int sampleRate, int channels, short[] interleaved) throws IOException {
        int dataBytes = interleaved.length * 2;
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(fourCc("RIFF")).putInt(36 + dataBytes).putInt(fourCc("WAVE"));
        out.putInt(fourCc("fmt ")).putInt(16).putShort((short) PCM).putShort((short) channels)
            .putInt(sampleRate).putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        out.putInt(fourCc("data")).putInt(dataBytes);
        for (short sample : interleaved) {
            out.putShort(sample);
        }
        Files.write(file, out.array());
    }

    /**
     * Writes a mono file of equal-amplitude sines at {@code hz}, together peaking at half of full scale (-6 dBFS):
     * loud enough to stand far above G.711's quantisation noise, with headroom so no codec clips it.
     */
    public static Path writeTone(Path file, int sampleRate, Duration length, double... hz) throws IOException {
        int count = (int) (sampleRate * length.toMillis() / 1000);
        double amplitude = 0.5 * 32767 / hz.length;
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            double value = 0;
            for (double f : hz) {
                value += Math.sin(2 * Math.PI * f * i / sampleRate);
            }
            samples[i] = (short) Math.round(amplitude * value);
        }
        write(file, sampleRate, 1, samples);
        return file;
    }

    /** The decoded audio a phone recorded, from files in name order (one per stream update), joined. */
    public static Pcm readAll(List<Path> files) throws IOException {
        Pcm joined = null;
        for (Path file : files) {
            Pcm next = read(file);
            joined = joined == null ? next : joined.append(next);
        }
        if (joined == null) {
            throw new IOException("no recording");
        }
        return joined;
    }

    private static int fourCc(String id) {
        return (id.charAt(0)) | (id.charAt(1) << 8) | (id.charAt(2) << 16) | (id.charAt(3) << 24);
    }
}
