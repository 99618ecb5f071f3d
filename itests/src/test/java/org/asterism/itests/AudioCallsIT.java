package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.asterism.sip.api.location.LocationStore;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Real phones, real audio: baresip phones ({@link BaresipPhone}) register as 7001 and 7002, each sending a known tone
 * from a WAV file and recording what it receives, and the recordings must hold the right frequencies
 * ({@link ToneAnalysis}): a call from 7001 (440 Hz) to 7002 (1000 Hz) through Dial, where each hears the other and not
 * itself; the same between 7001 (µ-law) and 7003 (A-law only), through the translator; Echo, where 7001 hears its own
 * 440 Hz; Playback(tone-440), where 7001, sending 1000 Hz, hears 440 Hz and not
 * its own tone. BaresipDirectCallTest proves the phones and the analysis without the server. Skipped when
 * {@code /usr/bin/baresip} is absent.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AudioCallsIT extends AsterismTestSupport {

    private static final double TONE_A = 440;
    private static final double TONE_B = 1000;
    private static final double[] CANDIDATES = {TONE_A, TONE_B};
    private static final Set<String> REGISTRATION_MODULES = Set.of("res_pjsip_registrar",
            "res_pjsip_endpoint_identifier_user", "res_pjsip_authenticator_digest");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Received audio each phone records before the caller hangs up. */
    private static final double SECONDS_OF_AUDIO = 4;
    /** baresip's registration interval; Asterisk's default minimum_expiration is 60. */
    private static final int REGINT = 60;
    private static final String SERVER = "127.0.0.1:" + SIP_PORT;

    @Inject
    protected LocationStore location;

    @Inject
    protected FeaturesService features;

    private final List<BaresipPhone> phones = new ArrayList<>();
    private Path work;

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/audio/pjsip.conf";
    }

    @Override
    protected String extensionsConfFile() {
        return "src/test/resources/etc/asterism/audio/extensions.conf";
    }

    @Before
    public void serverTakesRegistrationsAndCalls() throws Exception {
        assumeTrue("baresip is not installed (apt-get install baresip)", BaresipPhone.installed());
        awaitSipAnswering();
        for (String module : REGISTRATION_MODULES) {
            if (!features.isInstalled(features.getFeature(module))) {
                System.out.println("installing feature " + module);
                features.installFeatures(Set.of(module), EnumSet.noneOf(FeaturesService.Option.class));
            }
        }
        Await.waitFor("REGISTER and INVITE in the Allow of an OPTIONS answer", Duration.ofSeconds(60), () -> {
            try {
                SipResponse options = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
                return options != null && options.tokens("Allow").containsAll(List.of("REGISTER", "INVITE"));
            } catch (IOException e) {
                return false;
            }
        });
        work = Files.createDirectories(itestsDir().resolve("target/baresip-audio"));
    }

    @After
    public void stopPhonesAndCheckNoChannelIsLeft() throws InterruptedException {
        for (BaresipPhone phone : phones) {
            phone.close();
        }
        if (!phones.isEmpty()) {
            Await.waitFor("no channel left after the test", Duration.ofSeconds(15),
                () -> shell().execute("core show channels").contains("0 active channels"));
        }
    }

    @Test
    public void twoPhonesHearEachOtherThroughDial() throws Exception {
        BaresipPhone a = registeredPhone("7001", "secret7001", tone(TONE_A));
        BaresipPhone b = registeredPhone("7002", "secret7002", tone(TONE_B));

        a.dial("sip:7002@" + SERVER, WAIT);
        b.awaitEvent("CALL_ESTABLISHED", WAIT);
        a.awaitEvent("CALL_ESTABLISHED", WAIT);
        a.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        b.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        a.hangup(WAIT);
        a.awaitEvent("CALL_CLOSED", WAIT);
        b.awaitEvent("CALL_CLOSED", WAIT); // the server's BYE; closing the call finishes b's recording

        ToneAnalysis heardByA = heard(a, "7001 (sends 440 Hz, called 7002)");
        ToneAnalysis heardByB = heard(b, "7002 (sends 1000 Hz, answered)");
        String both = "\n7001 heard: " + heardByA.describe(CANDIDATES) + "\n7002 heard: " + heardByB.describe(CANDIDATES)
            + "\n" + a.logTail(80) + "\n" + b.logTail(80);
        assertTrue("7001 hears 7002's 1000 Hz" + both, heardByA.contains(TONE_B));
        assertTrue("7002 hears 7001's 440 Hz" + both, heardByB.contains(TONE_A));
        assertFalse("7001 does not hear its own 440 Hz" + both, heardByA.contains(TONE_A));
        assertFalse("7002 does not hear its own 1000 Hz" + both, heardByB.contains(TONE_B));
        assertEquals("7001 hears mostly 1000 Hz" + both, OptionalDouble.of(TONE_B), heardByA.dominant(CANDIDATES));
        assertEquals("7002 hears mostly 440 Hz" + both, OptionalDouble.of(TONE_A), heardByB.dominant(CANDIDATES));
    }

    /** 7001 answers in µ-law (the first of its allow), 7003 allows only A-law: the bridge translates both ways. */
    @Test
    public void phonesOnDifferentCodecsHearEachOtherThroughTheTranslator() throws Exception {
        BaresipPhone a = registeredPhone("7001", "secret7001", tone(TONE_A));
        BaresipPhone c = registeredPhone("7003", "secret7003", tone(TONE_B));

        a.dial("sip:7003@" + SERVER, WAIT);
        c.awaitEvent("CALL_ESTABLISHED", WAIT);
        a.awaitEvent("CALL_ESTABLISHED", WAIT);
        a.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        c.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        a.hangup(WAIT);
        a.awaitEvent("CALL_CLOSED", WAIT);
        c.awaitEvent("CALL_CLOSED", WAIT);

        ToneAnalysis heardByA = heard(a, "7001 (µ-law, sends 440 Hz, called 7003)");
        ToneAnalysis heardByC = heard(c, "7003 (A-law, sends 1000 Hz, answered)");
        String both = "\n7001 heard: " + heardByA.describe(CANDIDATES) + "\n7003 heard: " + heardByC.describe(CANDIDATES)
            + "\n" + a.logTail(80) + "\n" + c.logTail(80);
        assertTrue("7001 hears 7003's 1000 Hz" + both, heardByA.contains(TONE_B));
        assertTrue("7003 hears 7001's 440 Hz" + both, heardByC.contains(TONE_A));
        assertEquals("7001 hears mostly 1000 Hz" + both, OptionalDouble.of(TONE_B), heardByA.dominant(CANDIDATES));
        assertEquals("7003 hears mostly 440 Hz" + both, OptionalDouble.of(TONE_A), heardByC.dominant(CANDIDATES));
    }

    @Test
    public void echoSendsBackWhatTheCallerSends() throws Exception {
        BaresipPhone a = registeredPhone("7001", "secret7001", tone(TONE_A));

        a.dial("sip:600@" + SERVER, WAIT);
        a.awaitEvent("CALL_ESTABLISHED", WAIT);
        a.awaitRecorded(SECONDS_OF_AUDIO, WAIT);
        a.hangup(WAIT);
        a.awaitEvent("CALL_CLOSED", WAIT);

        ToneAnalysis heard = heard(a, "7001 (sends 440 Hz, called Echo)");
        String why = "\n7001 heard: " + heard.describe(CANDIDATES) + "\n" + a.logTail(80);
        assertTrue("7001 hears its 440 Hz echoed" + why, heard.contains(TONE_A));
        assertEquals("7001 hears mostly 440 Hz" + why, OptionalDouble.of(TONE_A), heard.dominant(CANDIDATES));
    }

    @Test
    public void playbackOfTone440ReachesTheCaller() throws Exception {
        BaresipPhone a = registeredPhone("7001", "secret7001", tone(TONE_B));

        a.dial("sip:601@" + SERVER, WAIT);
        a.awaitEvent("CALL_ESTABLISHED", WAIT);
        // the dialplan hangs up when tone-440 ends: stop waiting for audio then
        Await.waitFor("7001 records " + SECONDS_OF_AUDIO + " s or the server hangs up", WAIT,
            () -> a.recordedSeconds() >= SECONDS_OF_AUDIO || a.events().contains("CALL_CLOSED"));
        if (!a.events().contains("CALL_CLOSED")) {
            a.hangup(WAIT);
            a.awaitEvent("CALL_CLOSED", WAIT);
        }

        ToneAnalysis heard = heard(a, "7001 (sends 1000 Hz, called Playback(tone-440))");
        String why = "\n7001 heard: " + heard.describe(CANDIDATES) + "\n" + a.logTail(80);
        assertTrue("7001 hears tone-440 (at least " + ToneAnalysis.MIN_SECONDS + " s of it)" + why, heard.contains(TONE_A));
        assertFalse("Playback does not send the caller's 1000 Hz back" + why, heard.contains(TONE_B));
    }

    /** Starts a phone for {@code user} and waits until its contact is in the location store. */
    private BaresipPhone registeredPhone(String user, String password, Path tone) throws Exception {
        location.update(user, contacts -> List.of()).toCompletableFuture().get(10, TimeUnit.SECONDS);
        BaresipPhone phone = BaresipPhone.start(work, user, tone, port -> "<sip:" + user + "@" + SERVER
            + ";transport=udp>;auth_pass=" + password + ";regint=" + REGINT + ";answermode=auto");
        phones.add(phone);
        String bound = "@127.0.0.1:" + phone.sipPort();
        Await.waitForAssert(WAIT, () -> assertTrue(user + " registered from " + bound + ": " + location.contacts(user)
            + "\n" + phone.logTail(60), phone.isAlive() && location.contacts(user).stream().anyMatch(c -> c.uri().contains(bound))));
        return phone;
    }

    /** A minute of {@code hz} at 8 kHz: longer than any call here, as aufile ends the call when its file runs out. */
    private Path tone(double hz) throws IOException {
        return WavFile.writeTone(work.resolve(String.format(Locale.ROOT, "tone-%.0f.wav", hz)), 8000, Duration.ofSeconds(60), hz);
    }

    private static ToneAnalysis heard(BaresipPhone phone, String who) throws IOException {
        List<Path> files = phone.recordingFiles();
        if (files.isEmpty()) {
            throw new AssertionError(who + " recorded nothing: no audio stream started; events " + phone.events() + "\n"
                + phone.logTail(80));
        }
        ToneAnalysis analysis = ToneAnalysis.of(phone.recording());
        System.out.println(who + " recorded " + files + ": " + analysis.describe(CANDIDATES));
        return analysis;
    }
}
