package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The audio tests' own ground truth, without Asterism: two baresip phones call each other directly
 * ({@code sip:b@127.0.0.1:<port>}, no registrar), each sending its tone, and each recording must hold the other's
 * tone and not its own. If this fails, AudioCallsIT's failures say nothing about the server. Skipped when baresip is
 * not installed.
 */
public class BaresipDirectCallTest {

    static final double TONE_A = 440;
    static final double TONE_B = 1000;
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Received audio each side records before the caller hangs up. */
    private static final double SECONDS_OF_AUDIO = 3;

    private final List<BaresipPhone> phones = new ArrayList<>();
    private Path work;

    @Before
    public void baresipInstalled() throws IOException {
        assumeTrue("baresip is not installed (apt-get install baresip)", BaresipPhone.installed());
        Path target = Paths.get(System.getProperty("asterism.itests.dir", ".")).resolve("target");
        work = Files.createDirectories(target.resolve("baresip-direct"));
    }

    @After
    public void stopPhones() throws InterruptedException {
        for (BaresipPhone phone : phones) {
            phone.close();
        }
    }

    @Test
    public void eachPhoneRecordsTheOthersTone() throws Exception {
        // longer than any wait below: aufile ends the call when its file runs out
        Path toneA = WavFile.writeTone(work.resolve("tone-a-440.wav"), 8000, Duration.ofSeconds(30), TONE_A);
        Path toneB = WavFile.writeTone(work.resolve("tone-b-1000.wav"), 8000, Duration.ofSeconds(30), TONE_B);
        BaresipPhone b = phone(BaresipPhone.start(work, "b", toneB,
            port -> "<sip:b@127.0.0.1:" + port + ";transport=udp>;regint=0;answermode=auto"));
        BaresipPhone a = phone(BaresipPhone.start(work, "a", toneA,
            port -> "<sip:a@127.0.0.1:" + port + ";transport=udp>;regint=0;answermode=auto"));

        a.dial("sip:b@127.0.0.1:" + b.sipPort(), WAIT);
        a.awaitEvent("CALL_ESTABLISHED", WAIT);
        b.awaitEvent("CALL_ESTABLISHED", WAIT);
        a.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        b.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        a.hangup(WAIT);
        a.awaitEvent("CALL_CLOSED", WAIT);
        b.awaitEvent("CALL_CLOSED", WAIT); // closing the call closes (and finishes) both recordings

        ToneAnalysis heardByA = ToneAnalysis.of(a.recording());
        ToneAnalysis heardByB = ToneAnalysis.of(b.recording());
        System.out.println("a (sends 440 Hz) heard: " + heardByA.describe(TONE_A, TONE_B));
        System.out.println("b (sends 1000 Hz) heard: " + heardByB.describe(TONE_A, TONE_B));
        assertTrue("a hears b's 1000 Hz: " + heardByA.describe(TONE_A, TONE_B), heardByA.contains(TONE_B));
        assertFalse("a does not hear itself: " + heardByA.describe(TONE_A, TONE_B), heardByA.contains(TONE_A));
        assertEquals(OptionalDouble.of(TONE_B), heardByA.dominant(TONE_A, TONE_B));
        assertTrue("b hears a's 440 Hz: " + heardByB.describe(TONE_A, TONE_B), heardByB.contains(TONE_A));
        assertFalse("b does not hear itself: " + heardByB.describe(TONE_A, TONE_B), heardByB.contains(TONE_B));
        assertEquals(OptionalDouble.of(TONE_A), heardByB.dominant(TONE_A, TONE_B));
    }

    private BaresipPhone phone(BaresipPhone phone) {
        phones.add(phone);
        return phone;
    }
}
