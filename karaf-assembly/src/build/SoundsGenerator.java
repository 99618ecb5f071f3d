import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sounds shipped with the server as 8 kHz 16-bit mono WAV files, at build time, so no audio file is kept
 * in the repository. Run by the karaf-assembly build as a single-file program:
 * {@code java SoundsGenerator.java <folder>}; the files land in {@code <folder>/en/} and the distribution carries them
 * as {@code sounds/en/<name>.wav}, where Playback looks for them.
 * <p>
 * These are tones, not Asterisk's recorded prompts: {@code beep}, {@code tone-440} and {@code tone-1004} are what
 * their names say, {@code silence/1} to {@code silence/10} are seconds of silence as in Asterisk's core sounds, and
 * {@code demo-congrats} is a stand-in for Asterisk's spoken prompt: about four seconds of a rising and falling run
 * of distinct tones, so a test or a caller can tell it from the others.
 */
public final class SoundsGenerator {

    private static final int RATE = 8000;
    /** About -10 dBFS: loud enough to hear, far from clipping after a codec. */
    private static final double LEVEL = 0.3 * 32767;
    /** Short fades keep tone edges from clicking. */
    private static final int FADE = RATE / 200;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java SoundsGenerator.java <sounds folder>");
        }
        Path sounds = Path.of(args[0]);
        Path en = sounds.resolve("en");
        write(en.resolve("beep.wav"), tone(1000, 0.25));
        write(en.resolve("tone-440.wav"), tone(440, 3));
        write(en.resolve("tone-1004.wav"), tone(1004, 3));
        for (int seconds = 1; seconds <= 10; seconds++) {
            write(en.resolve("silence").resolve(seconds + ".wav"), new short[RATE * seconds]);
        }
        write(en.resolve("demo-congrats.wav"), congrats());
        Files.writeString(sounds.resolve("README.txt"), readme(), StandardCharsets.UTF_8);
    }

    /** Eight notes of 0.4 s with 0.1 s between them, up a C major arpeggio and down again: 4 s. */
    private static short[] congrats() {
        double[] notes = {523.25, 659.25, 783.99, 1046.50, 1318.51, 1046.50, 783.99, 523.25};
        short[] out = new short[RATE * 4];
        int at = 0;
        for (double note : notes) {
            short[] piece = tone(note, 0.4);
            System.arraycopy(piece, 0, out, at, piece.length);
            at += piece.length + RATE / 10;
        }
        return out;
    }

    private static short[] tone(double frequency, double seconds) {
        int samples = (int) Math.round(RATE * seconds);
        short[] out = new short[samples];
        for (int n = 0; n < samples; n++) {
            double envelope = Math.min(1.0, Math.min(n, samples - 1 - n) / (double) FADE);
            out[n] = (short) Math.round(LEVEL * envelope * Math.sin(2 * Math.PI * frequency * n / RATE));
        }
        return out;
    }

    private static void write(Path file, short[] samples) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + samples.length * 2);
        int dataBytes = samples.length * 2;
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, 36 + dataBytes, 4);
        out.writeBytes("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, 16, 4);
        littleEndian(out, 1, 2); // PCM
        littleEndian(out, 1, 2); // mono
        littleEndian(out, RATE, 4);
        littleEndian(out, RATE * 2, 4);
        littleEndian(out, 2, 2);
        littleEndian(out, 16, 2);
        out.writeBytes("data".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, dataBytes, 4);
        for (short sample : samples) {
            littleEndian(out, sample, 2);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
    }

    private static void littleEndian(ByteArrayOutputStream out, int value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write(value >> (8 * i));
        }
    }

    private static String readme() {
        return """
                Sounds shipped with Asterism, made when the distribution is built (8 kHz, 16-bit mono WAV).
                Playback looks in sounds/<language>/ and then in sounds/.

                en/beep.wav           0.25 s of 1000 Hz
                en/tone-440.wav       3 s of 440 Hz
                en/tone-1004.wav      3 s of 1004 Hz (the digital milliwatt test tone's frequency)
                en/silence/1..10.wav  1 to 10 s of silence, as Asterisk's core sounds have
                en/demo-congrats.wav  about 4 s of distinct tones (a run up and down a C major arpeggio): a stand-in
                                      for Asterisk's spoken "demo-congrats" prompt, which is not shipped

                To use Asterisk's recorded prompts, put their WAV (8 or 16 kHz, 16-bit mono) files in sounds/en/.
                """;
    }
}
