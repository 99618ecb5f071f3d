package org.asterism.media.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class InbandDtmfDetectorTest {

    private final InbandDtmfDetector detector = new InbandDtmfDetector();
    private final List<DtmfFrame> detected = new ArrayList<>();

    @Test
    public void everyDigitIsDetectedOnceWithBeginThenEnd() {
        for (char digit : DtmfFrame.DIGITS.toCharArray()) {
            feed(DtmfToneGenerator.tone(digit, 100));
            feed(silence(100));
        }
        assertEquals(2 * DtmfFrame.DIGITS.length(), detected.size());
        for (int i = 0; i < DtmfFrame.DIGITS.length(); i++) {
            char digit = DtmfFrame.DIGITS.charAt(i);
            DtmfFrame begin = detected.get(2 * i);
            DtmfFrame end = detected.get(2 * i + 1);
            assertEquals(DtmfFrame.begin(digit), begin);
            assertTrue("END of " + digit, end.end());
            assertEquals(digit, end.digit());
            // 100 ms of tone is seen as whole 12.75 ms blocks: between 75 and 115 ms
            assertTrue("duration of " + digit + ": " + end.durationMillis(),
                    end.durationMillis() >= 75 && end.durationMillis() <= 115);
        }
    }

    @Test
    public void aDigitHeldAcrossManyFramesIsOneDigit() {
        DtmfToneGenerator generator = new DtmfToneGenerator('5');
        for (int i = 0; i < 50; i++) {
            detected.addAll(detector.process(generator.next(160)));
        }
        feed(silence(100));
        assertEquals(List.of(DtmfFrame.begin('5')), detected.subList(0, 1));
        assertEquals(2, detected.size());
        assertTrue(detected.get(1).durationMillis() >= 980);
    }

    @Test
    public void aDigitBurstTooShortIsIgnored() {
        feed(DtmfToneGenerator.tone('1', 15));
        feed(silence(200));
        assertEquals(List.of(), detected);
    }

    @Test
    public void noiseDetectsNothing() {
        Random random = new Random(42);
        List<VoiceFrame> frames = new ArrayList<>();
        for (int f = 0; f < 250; f++) {
            byte[] payload = new byte[320];
            for (int i = 0; i < 160; i++) {
                int value = (int) Math.max(-32768, Math.min(32767, random.nextGaussian() * 4000));
                payload[2 * i] = (byte) (value >> 8);
                payload[2 * i + 1] = (byte) value;
            }
            frames.add(VoiceFrame.of(Format.SLIN, payload));
        }
        feed(frames);
        assertEquals(List.of(), detected);
    }

    @Test
    public void aDialToneDetectsNothing() {
        feed(sine(440, 3000, 12000));
        feed(sine(350, 1000, 12000));
        assertEquals(List.of(), detected);
    }

    @Test(expected = IllegalArgumentException.class)
    public void onlySignedLinearAt8kHz() {
        detector.process(VoiceFrame.of(Format.ULAW, new byte[160]));
    }

    private void feed(List<VoiceFrame> frames) {
        for (VoiceFrame frame : frames) {
            detected.addAll(detector.process(frame));
        }
    }

    private static List<VoiceFrame> silence(int millis) {
        List<VoiceFrame> frames = new ArrayList<>();
        for (int i = 0; i < millis / 20; i++) {
            frames.add(VoiceFrame.of(Format.SLIN, new byte[320]));
        }
        return frames;
    }

    private static List<VoiceFrame> sine(double frequency, int millis, int amplitude) {
        List<VoiceFrame> frames = new ArrayList<>();
        int n = 0;
        for (int f = 0; f < millis / 20; f++) {
            byte[] payload = new byte[320];
            for (int i = 0; i < 160; i++, n++) {
                int value = (int) Math.round(amplitude * Math.sin(2 * Math.PI * frequency * n / 8000));
                payload[2 * i] = (byte) (value >> 8);
                payload[2 * i + 1] = (byte) value;
            }
            frames.add(VoiceFrame.of(Format.SLIN, payload));
        }
        return frames;
    }
}
