package org.asterism.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Calls through res_pjsip_session, chan_pjsip and the dialplan, with SIPp as the phones: answer and BYE both ways,
 * an INVITE challenged for an endpoint with auth,
 * CANCEL, busy, congestion, 404 with Asterisk's NOTICE, 488 on a codec mismatch, 481 for a BYE outside any dialog,
 * 422 for a too short session interval, hold and resume by re-INVITE, hold by UPDATE, session refreshes by re-INVITE
 * and UPDATE, a reliable 180 PRACKed (RFC 3262), a DTMF digit by INFO and by RFC 4733 reaching the dialplan, Dial to a
 * SIPp phone (one on a static contact, one registered, which hangs up first), direct media between two SIPp phones, and chan_pjsip refusing to unload while a call is up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CallsIT extends AsterismTestSupport {

    /** Where the SIPp phone behind endpoint 202 listens (its static contact). */
    private static final int PHONE_202 = 15262;
    /** Where the SIPp phone that registers as 204 listens (the contact it registers). */
    private static final int PHONE_204 = 15291;
    /** Where the SIPp phone behind endpoint 203 (direct media) listens. */
    private static final int PHONE_203 = 15290;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/calls/pjsip.conf";
    }

    @Override
    protected String extensionsConfFile() {
        return "src/test/resources/etc/asterism/calls/extensions.conf";
    }

    @Before
    public void serverAnswers() {
        awaitSipAnswering();
        Await.waitFor("INVITE in the Allow of an OPTIONS answer", Duration.ofSeconds(60), () -> {
            try {
                SipResponse options = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
                return options != null && options.tokens("Allow").contains("INVITE");
            } catch (IOException e) {
                return false;
            }
        });
    }

    @After
    public void noChannelIsLeftBehind() {
        Await.waitFor("no channel left after the test", Duration.ofSeconds(15),
                () -> shell().execute("core show channels").contains("0 active channels"));
    }

    private static void assertCallsSucceed(Sipp.Result result, int calls) {
        System.out.println(result);
        assertTrue(result.toString(), result.allSucceeded(calls));
    }

    private static Sipp call(String scenario) {
        return sipp("calls/" + scenario).calls(1).timeout(CALL_TIMEOUT);
    }

    @Test
    public void anAnsweredCallEndsWithTheCallersBye() {
        assertCallsSucceed(call("nominal/uac_answer_bye.xml").run(), 1);
        assertCallsSucceed(call("nominal/uac_answer_bye.xml").tcp().run(), 1);
    }

    @Test
    public void anInviteFromAnEndpointWithAuthIsChallengedFirst() {
        // from 127.0.0.2: 127.0.0.1 is identified by address as "sipp", which has no auth
        assertCallsSucceed(call("nominal/uac_auth_invite.xml").localAddress("127.0.0.2").run(), 1);
    }

    @Test
    public void theDialplanHangsUpWithABye() {
        assertCallsSucceed(call("nominal/uac_server_hangs_up.xml").run(), 1);
    }

    @Test
    public void aCancelledCallGets487() {
        assertCallsSucceed(call("nominal/uac_cancel.xml").run(), 1);
    }

    @Test
    public void busyAndCongestionGet486And503() {
        assertCallsSucceed(call("offnominal/uac_busy.xml").run(), 1);
        assertCallsSucceed(call("offnominal/uac_congestion.xml").run(), 1);
    }

    @Test
    public void anUnknownExtensionGets404AndAsterisksNotice() {
        long mark = karafLog().mark();
        assertCallsSucceed(call("offnominal/uac_not_found.xml").run(), 1);
        karafLog().waitForText(mark, "to extension '999' rejected because extension not found in context 'calls'.", Duration.ofSeconds(10));
        assertTrue(karafLog().since(mark), karafLog().since(mark).contains("Call from 'sipp' (UDP:127.0.0.1:"));
    }

    @Test
    public void noCommonCodecGets488() {
        assertCallsSucceed(call("offnominal/uac_codec_mismatch.xml").run(), 1);
    }

    @Test
    public void aByeOutsideAnyDialogGets481() {
        assertCallsSucceed(call("offnominal/uac_bye_no_dialog.xml").run(), 1);
    }

    @Test
    public void aTooShortSessionIntervalGets422WithMinSe() {
        assertCallsSucceed(call("offnominal/uac_session_interval_too_small.xml").run(), 1);
    }

    @Test
    public void holdAndResumeByReInvite() {
        assertCallsSucceed(call("nominal/uac_hold_resume.xml").run(), 1);
    }

    @Test
    public void aDigitByInfoReachesTheDialplan() {
        // Echo() ends on '#': only the digit reaching the dialplan makes the server hang up
        assertCallsSucceed(call("nominal/uac_info_dtmf.xml").run(), 1);
    }

    @Test
    public void aDigitByRfc4733ReachesTheDialplan() {
        // as by INFO: only the '#' event reaching Echo() makes the server hang up
        assertCallsSucceed(call("nominal/uac_rfc4733_dtmf.xml").run(), 1);
    }

    @Test
    public void aRingingRequiredReliableIsPrackedBeforeTheAnswer() {
        assertCallsSucceed(call("nominal/uac_prack.xml").run(), 1);
    }

    @Test
    public void anUpdateWithAnOfferIsAnswered() {
        assertCallsSucceed(call("nominal/uac_update_hold.xml").run(), 1);
    }

    @Test
    public void theCallerRefreshesTheSessionByReInviteAndByUpdate() {
        assertCallsSucceed(call("nominal/uac_session_refresh.xml").run(), 1);
    }

    @Test
    public void dialRingsAndBridgesASippPhone() throws Exception {
        Sipp.Run phone = sipp("calls/nominal/uas_answer.xml").asServer(PHONE_202).calls(1).timeout(CALL_TIMEOUT).start();
        phone.awaitListening(Duration.ofSeconds(10));
        assertCallsSucceed(call("nominal/uac_dial.xml").injection(field("202")).run(), 1);
        assertCallsSucceed(phone.await(), 1);
    }

    @Test
    public void dialRingsARegisteredSippPhoneWhoseByeEndsTheCall() throws Exception {
        assertCallsSucceed(sipp("calls/nominal/uac_register_phone.xml").localAddress("127.0.0.4").calls(1).timeout(CALL_TIMEOUT).run(), 1);
        Sipp.Run phone = sipp("calls/nominal/uas_answer_then_bye.xml").asServer(PHONE_204).calls(1).timeout(CALL_TIMEOUT).start();
        phone.awaitListening(Duration.ofSeconds(10));
        assertCallsSucceed(call("nominal/uac_dial_callee_hangs_up.xml").injection(field("204")).run(), 1);
        assertCallsSucceed(phone.await(), 1);
    }

    /**
     * Both endpoints allow direct_media and share a codec: once bridged, each far end is re-INVITEd to send its media
     * to the other's address (each scenario checks the offer it gets), and the BYE ends both without more re-INVITEs.
     */
    @Test
    public void withDirectMediaEachPhoneIsReInvitedToTheOther() throws Exception {
        Sipp.Run phone = sipp("calls/nominal/uas_direct_media.xml").asServer(PHONE_203).calls(1).timeout(CALL_TIMEOUT).start();
        phone.awaitListening(Duration.ofSeconds(10));
        assertCallsSucceed(call("nominal/uac_direct_media.xml").localAddress("127.0.0.3").injection(field("203")).run(), 1);
        assertCallsSucceed(phone.await(), 1);
    }

    @Test
    public void chanPjsipStaysWhileACallIsUpAndOtherModulesComeAndGo() {
        Sipp.Run caller = call("nominal/uac_long_call.xml").start();
        Await.waitFor("the call is up", Duration.ofSeconds(15),
                () -> shell().execute("core show channels").contains("1 active channel"));
        String refused = shell().execute("module unload chan_pjsip");
        assertFalse("chan_pjsip must stay while a call is up:\n" + refused, refused.contains("Unloaded chan_pjsip"));
        assertTrue(refused, refused.contains("Unable to unload"));
        String logger = shell().execute("module unload res_pjsip_logger") + shell().execute("module load res_pjsip_logger");
        assertTrue(logger, logger.contains("Unloaded res_pjsip_logger") && logger.contains("Loaded res_pjsip_logger"));
        assertTrue("the call is untouched", shell().execute("core show channels").contains("1 active channel"));
        String hangup = shell().execute("channel request hangup all");
        assertTrue(hangup, hangup.contains("Requested Hangup on channel 'PJSIP/sipp-"));
        assertCallsSucceed(caller.await(), 1);
    }

    /**
     * Every call module unloads and loads again from the shell (dependents first, as the loader insists), and calls
     * work again after each: nothing a module keeps is lost with it.
     */
    @Test
    public void everyCallModuleUnloadsAndLoadsAgain() {
        List<List<String>> groups = List.of(List.of("res_pjsip_caller_id"), List.of("res_pjsip_dtmf_info"),
                List.of("res_pjsip_sdp_rtp", "res_rtp_asterisk"), List.of("codec_alaw"), List.of("codec_g722"),
                List.of("format_wav"), List.of("app_playback"), List.of("app_dial"), List.of("app_echo"),
                List.of("pbx_config"),
                List.of("chan_pjsip", "res_pjsip_caller_id", "res_pjsip_dtmf_info", "res_pjsip_sdp_rtp", "res_pjsip_session"));
        for (List<String> group : groups) {
            for (String module : group) {
                String unloaded = shell().execute("module unload " + module);
                assertTrue("module unload " + module + ":\n" + unloaded, unloaded.contains("Unloaded " + module + ".so"));
            }
            List<String> loadOrder = new ArrayList<>(group);
            Collections.reverse(loadOrder);
            for (String module : loadOrder) {
                String loaded = shell().execute("module load " + module);
                assertTrue("module load " + module + ":\n" + loaded, loaded.contains("Loaded " + module + ".so"));
            }
            serverAnswers();
            Await.waitFor(group + " running again", Duration.ofSeconds(15), () -> {
                ModuleTable table = new ModuleTable(shell().execute("module show"));
                return group.stream().allMatch(module -> table.isRunning(module + ".so"))
                        && shell().execute("core show channeltypes").contains("PJSIP")
                        && shell().execute("dialplan show calls").contains("'600'");
            });
            assertCallsSucceed(call("nominal/uac_answer_bye.xml").run(), 1);
        }
    }

    private static Path field(String value) throws IOException {
        Path csv = Files.createTempFile(itestsDir().resolve("target"), "field", ".csv");
        Files.writeString(csv, "SEQUENTIAL\n" + value + ";\n");
        return csv;
    }
}
