package org.asterism.format.wav.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asterism.media.api.FileFormat.FrameReader;
import org.asterism.media.api.Format;
import org.asterism.media.api.VoiceFrame;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WavFileFormatTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final WavFileFormat wav = new WavFileFormat();

    @Test
    public void namedAsAsterisk() {
        assertEquals("wav", wav.name());
        assertTrue(wav.extensions().contains("wav"));
    }

    @Test
    public void reads8kHzAsSlinInNetworkOrder() throws IOException {
        short[] samples = {0x0102, -2, 32767, -32768, 0};
        Path file = write("a.wav", riff(fmt(1, 1, 8000, 16), data(samples)));
        try (FrameReader reader = wav.open(file)) {
            assertEquals(Format.SLIN, reader.format());
            VoiceFrame first = reader.read(3);
            assertEquals(Format.SLIN, first.format());
            assertEquals(3, first.samples());
            assertArrayEquals(new byte[] {0x01, 0x02, (byte) 0xFF, (byte) 0xFE, 0x7F, (byte) 0xFF}, first.payload());
            VoiceFrame second = reader.read(3);
            assertEquals(2, second.samples());
            assertArrayEquals(new byte[] {(byte) 0x80, 0x00, 0x00, 0x00}, second.payload());
            assertNull(reader.read(3));
        }
    }

    @Test
    public void reads16kHzAsSlin16() throws IOException {
        Path file = write("b.wav", riff(fmt(1, 1, 16000, 16), data(new short[640])));
        try (FrameReader reader = wav.open(file)) {
            assertEquals(Format.SLIN16, reader.format());
            VoiceFrame frame = reader.read(320);
            assertEquals(Format.SLIN16, frame.format());
            assertEquals(20, frame.durationMillis());
            assertEquals(320, reader.read(320).samples());
            assertNull(reader.read(320));
        }
    }

    @Test
    public void walksPastListAndOddSizedChunks() throws IOException {
        byte[] list = chunk("LIST", "INFOISFT\u0005\u0000\u0000\u0000Lavf\u0000".getBytes(StandardCharsets.ISO_8859_1));
        byte[] odd = chunk("junk", new byte[] {1, 2, 3});
        Path file = write("c.wav", riff(list, fmt(1, 1, 8000, 16), odd, chunk("fact", new byte[4]),
                data(new short[] {1, 2})));
        try (FrameReader reader = wav.open(file)) {
            assertArrayEquals(new byte[] {0, 1, 0, 2}, reader.read(160).payload());
        }
    }

    @Test
    public void acceptsExtensiblePcm() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(le(0xFFFE, 2));
        body.writeBytes(le(1, 2));
        body.writeBytes(le(8000, 4));
        body.writeBytes(le(16000, 4));
        body.writeBytes(le(2, 2));
        body.writeBytes(le(16, 2));
        body.writeBytes(le(22, 2));
        body.writeBytes(le(16, 2));
        body.writeBytes(le(4, 4));
        body.writeBytes(le(1, 2));
        body.writeBytes(new byte[14]);
        Path file = write("x.wav", riff(chunk("fmt ", body.toByteArray()), data(new short[] {7})));
        try (FrameReader reader = wav.open(file)) {
            assertEquals(Format.SLIN, reader.format());
        }
    }

    @Test
    public void stopsAtTheEndOfATruncatedFile() throws IOException {
        byte[] declared = data(new short[] {1, 2, 3});
        byte[] bytes = riff(fmt(1, 1, 8000, 16), declared);
        byte[] truncated = new byte[bytes.length - 2];
        System.arraycopy(bytes, 0, truncated, 0, truncated.length);
        try (FrameReader reader = wav.open(write("t.wav", truncated))) {
            assertEquals(2, reader.read(160).samples());
            assertNull(reader.read(160));
        }
    }

    @Test
    public void refusesWhatItCannotPlaySayingWhat() throws IOException {
        assertRefused(riff(fmt(1, 2, 8000, 16), data(new short[2])), "stereo");
        assertRefused(riff(fmt(1, 1, 8000, 8), data(new short[2])), "8-bit");
        assertRefused(riff(fmt(1, 1, 44100, 16), data(new short[2])), "44100 Hz");
        assertRefused(riff(fmt(3, 1, 8000, 32), data(new short[2])), "not PCM");
        assertRefused(riff(fmt(1, 1, 8000, 16)), "no data chunk");
        assertRefused(riff(data(new short[2])), "before the fmt chunk");
        assertRefused("OggS and more".getBytes(StandardCharsets.US_ASCII), "not a RIFF file");
    }

    private void assertRefused(byte[] content, String expected) throws IOException {
        Path file = write("bad.wav", content);
        try (FrameReader reader = wav.open(file)) {
            fail("opened " + reader.format());
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
            assertTrue(e.getMessage(), e.getMessage().contains("bad.wav"));
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.write(file, content);
        return file;
    }

    private static byte[] riff(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(body.size(), 4));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] fmt(int encoding, int channels, int rate, int bits) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(le(encoding, 2));
        body.writeBytes(le(channels, 2));
        body.writeBytes(le(rate, 4));
        body.writeBytes(le(rate * channels * bits / 8, 4));
        body.writeBytes(le(channels * bits / 8, 2));
        body.writeBytes(le(bits, 2));
        return chunk("fmt ", body.toByteArray());
    }

    private static byte[] data(short[] samples) {
        byte[] body = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            body[2 * i] = (byte) samples[i];
            body[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return chunk("data", body);
    }

    private static byte[] chunk(String id, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(body.length, 4));
        out.writeBytes(body);
        if (body.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] le(long value, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = (byte) (value >> (8 * i));
        }
        return out;
    }
}
