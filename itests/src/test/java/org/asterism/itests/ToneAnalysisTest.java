package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.Random;

import org.asterism.itests.WavFile.Pcm;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The tone detector the audio tests rely on, on WAV files written here: each verdict it must give and must not. */
public class ToneAnalysisTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ToneAnalysis tone(int rate, double... hz) throws IOException {
        return analyse(WavFile.writeTone(folder.newFile().toPath(), rate, Duration.ofSeconds(3), hz));
    }

    private static ToneAnalysis analyse(Path wav) throws IOException {
        ToneAnalysis analysis = ToneAnalysis.of(WavFile.read(wav));
        System.out.println(wav.getFileName() + ": " + analysis.describe(440, 1000));
        return analysis;
    }

    @Test
    public void a440HzSineIsHeardAtEverySampleRate() throws IOException {
        for (int rate : new int[] {8000, 16000, 48000}) {
            ToneAnalysis analysis = tone(rate, 440);
            assertTrue(rate + " Hz: " + analysis.describe(440), analysis.contains(440));
            assertEquals(3.0, analysis.secondsOf(440), 0.01);
            assertEquals(OptionalDouble.of(440), analysis.dominant(440, 1000));
            assertEquals(440, analysis.peaks(1).get(0).hz(), 0.1);
        }
    }

    @Test
    public void a1000HzSineIsNotMistakenFor440() throws IOException {
        ToneAnalysis analysis = tone(8000, 1000);
        assertFalse(analysis.describe(440), analysis.contains(440));
        assertEquals(0.0, analysis.secondsOf(440), 0.0);
        assertTrue(analysis.contains(1000));
        assertEquals(OptionalDouble.of(1000), analysis.dominant(440, 1000));
    }

    @Test
    public void neighboursFarOutsideTheToleranceAreNotHeard() throws IOException {
        ToneAnalysis analysis = tone(8000, 440);
        assertFalse(analysis.contains(480));
        assertFalse(analysis.contains(400));
        assertFalse(analysis.contains(880));
    }

    @Test
    public void aFewHertzOfDriftStillCount() throws IOException {
        assertTrue(tone(8000, 443).contains(440));
        assertTrue(tone(8000, 996).contains(1000));
    }

    @Test
    public void silenceHoldsNothing() throws IOException {
        Path wav = folder.newFile().toPath();
        WavFile.write(wav, 8000, 1, new short[8000 * 3]);
        ToneAnalysis analysis = analyse(wav);
        assertEquals(0.0, analysis.loudSeconds(), 0.0);
        assertFalse(analysis.contains(440));
        assertFalse(analysis.contains(1000));
        assertEquals(OptionalDouble.empty(), analysis.dominant(440, 1000));
        assertTrue(analysis.peaks(3).isEmpty());
    }

    @Test
    public void whiteNoiseHoldsNoTone() throws IOException {
        Random random = new Random(42);
        short[] noise = new short[8000 * 3];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) (random.nextGaussian() * 5000);
        }
        Path wav = folder.newFile().toPath();
        WavFile.write(wav, 8000, 1, noise);
        ToneAnalysis analysis = analyse(wav);
        assertEquals("noise is loud", 3.0, analysis.loudSeconds(), 0.01);
        for (double hz : new double[] {350, 440, 1000, 2000}) {
            assertFalse(hz + " Hz in noise: " + analysis.describe(hz), analysis.contains(hz));
        }
        assertEquals(OptionalDouble.empty(), analysis.dominant(440, 1000));
    }

    @Test
    public void aMixReportsBothAndNeitherDominates() throws IOException {
        ToneAnalysis analysis = tone(8000, 440, 1000);
        assertTrue(analysis.describe(440, 1000), analysis.contains(440) && analysis.contains(1000));
        assertFalse(analysis.contains(700));
        assertEquals(OptionalDouble.empty(), analysis.dominant(440, 1000));
    }

    @Test
    public void aToneUnderNoiseIsStillHeard() throws IOException {
        // about what a G.711 leg adds: the tone at -6 dBFS, noise 30 dB below it
        Random random = new Random(7);
        short[] samples = new short[8000 * 3];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (16383 * Math.sin(2 * Math.PI * 440 * i / 8000.0) + random.nextGaussian() * 400);
        }
        Path wav = folder.newFile().toPath();
        WavFile.write(wav, 8000, 1, samples);
        assertTrue(analyse(wav).contains(440));
    }

    @Test
    public void aToneHeardTooBrieflyDoesNotCount() throws IOException {
        // 0.5 s of 440 Hz, then 2.5 s of 1000 Hz
        short[] samples = new short[8000 * 3];
        for (int i = 0; i < samples.length; i++) {
            double hz = i < 4000 ? 440 : 1000;
            samples[i] = (short) (16383 * Math.sin(2 * Math.PI * hz * i / 8000.0));
        }
        Path wav = folder.newFile().toPath();
        WavFile.write(wav, 8000, 1, samples);
        ToneAnalysis analysis = analyse(wav);
        assertFalse(analysis.contains(440));
        assertTrue(analysis.contains(1000));
        assertEquals(0.5, analysis.secondsOf(440), 0.11);
    }

    @Test
    public void stereoIsMixedDownAndEachChannelsToneIsHeard() throws IOException {
        short[] interleaved = new short[16000 * 3 * 2];
        for (int i = 0; i < interleaved.length / 2; i++) {
            interleaved[2 * i] = (short) (16383 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
            interleaved[2 * i + 1] = (short) (16383 * Math.sin(2 * Math.PI * 1000 * i / 16000.0));
        }
        Path wav = folder.newFile().toPath();
        WavFile.write(wav, 16000, 2, interleaved);
        Pcm pcm = WavFile.read(wav);
        assertEquals(16000, pcm.sampleRate());
        assertEquals(3.0, pcm.seconds(), 0.001);
        ToneAnalysis analysis = analyse(wav);
        assertTrue(analysis.contains(440) && analysis.contains(1000));
    }

    @Test
    public void aRecordingStillBeingWrittenIsReadToTheEndOfTheFile() throws IOException {
        Path wav = WavFile.writeTone(folder.newFile().toPath(), 8000, Duration.ofSeconds(2), 440);
        byte[] bytes = Files.readAllBytes(wav);
        // what a writer leaves before it closes the file: RIFF and data sizes 0, and half a sample at the end
        for (int offset : new int[] {4, 40}) {
            bytes[offset] = 0;
            bytes[offset + 1] = 0;
            bytes[offset + 2] = 0;
            bytes[offset + 3] = 0;
        }
        Path open = folder.newFile().toPath();
        Files.write(open, java.util.Arrays.copyOf(bytes, bytes.length + 1));
        Pcm pcm = WavFile.read(open);
        assertEquals(16000, pcm.samples().length);
        assertTrue(ToneAnalysis.of(pcm).contains(440));
    }

    @Test(expected = IOException.class)
    public void aFileThatIsNotAWavIsRefused() throws IOException {
        Path text = folder.newFile().toPath();
        Files.writeString(text, "not a wav file at all, just some text");
        WavFile.read(text);
    }
}
