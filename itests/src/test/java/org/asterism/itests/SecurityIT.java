package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Security events and bans: wrong passwords from 127.0.0.3 are written to {@code data/log/security-events.log} in
 * Asterisk's format (fail2ban's stock asterisk filter finds the address), the NOTICE lines Asterisk logs appear in
 * the main log, and after 3 failures (the test's threshold) 127.0.0.3 is ignored while 127.0.0.1, allow-listed,
 * never is. Bans outlive a reload of res_pjsip_security and are lifted with {@code pjsip unban}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends AsterismTestSupport {

    private static final String ATTACKER = "127.0.0.3";
    private static final String FAIL2BAN_REGEX = "/usr/bin/fail2ban-regex";
    private static final String FAIL2BAN_FILTER = "/etc/fail2ban/filter.d/asterisk.conf";
    private static final Duration ANSWER = Duration.ofSeconds(1);

    @Inject
    protected ConfigurationAdmin configurations;

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/registration/pjsip.conf";
    }

    @Before
    public void threeFailuresBanAndOnly127001IsAllowListed() throws Exception {
        awaitSipAnswering();
        Await.waitFor("REGISTER served", Duration.ofSeconds(30), () -> answered("127.0.0.1")
                && shell().execute("module show like registrar").contains("Running"));
        Configuration bans = configurations.getConfiguration("org.asterism.sip.security", null);
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("failures", "3");
        settings.put("allow", "127.0.0.1/32, ::1");
        bans.update(settings);
        Await.waitFor("the test's ban settings in force", Duration.ofSeconds(10),
                () -> shell().execute("pjsip show bans").contains("Bans: 3 failures within 60 s ban an address for 900 s. "
                        + "Never banned: 127.0.0.1/32, ::1/128"));
        shell().execute("pjsip unban all");
    }

    private static boolean answered(String from) {
        try {
            SipResponse response = OptionsPing.udpFrom(from, SIP_PORT, ANSWER);
            return response != null && response.status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path users(String line) throws IOException {
        Path csv = Files.createTempFile(itestsDir().resolve("target"), "users", ".csv");
        Files.writeString(csv, "SEQUENTIAL\n" + line + "\n");
        return csv;
    }

    /** Registers {@code times} with a wrong password from {@code from}: each is challenged, then refused with 401. */
    private static void wrongPasswords(String from, int times) throws IOException {
        Sipp.Result result = sipp("register/offnominal/register_bad_credentials.xml").localAddress(from)
                .injection(users("6001;not-the-password;")).calls(times).run();
        assertTrue(result.toString(), result.allSucceeded(times));
    }

    private static Path securityLog() {
        return Paths.get(requiredProperty("karaf.data"), "log", "security-events.log");
    }

    @Test
    public void wrongPasswordsAreLoggedForFail2banAndBanTheAddressUntilLifted() throws Exception {
        long mainMark = karafLog().mark();
        KarafLog events = new KarafLog(securityLog());
        long eventsMark = events.mark();

        wrongPasswords(ATTACKER, 3);

        assertNull("a banned address gets no answer at all", OptionsPing.udpFrom(ATTACKER, SIP_PORT, ANSWER));
        assertTrue("others are still served", answered("127.0.0.1"));
        assertTrue(shell().execute("pjsip show bans").contains(" Ban:  127.0.0.3 "));

        karafLog().waitForText(mainMark, "failed for '127.0.0.3:", Duration.ofSeconds(5));
        assertTrue(karafLog().since(mainMark).contains(") - Failed to authenticate"));
        karafLog().waitForText(mainMark, "Banned 127.0.0.3 for 900 seconds after 3 security failures within 60 seconds",
                Duration.ofSeconds(5));
        String logged = events.waitForText(eventsMark, "SecurityEvent=\"InvalidPassword\"", Duration.ofSeconds(5));
        assertTrue(logged, logged.contains("] SECURITY["));
        assertTrue(logged, logged.contains("res_security_log.c: SecurityEvent=\"ChallengeSent\""));
        assertTrue(logged, logged.matches("(?s).*SecurityEvent=\"InvalidPassword\",EventTV=\"[^\"]+\",Severity=\"Error\","
                + "Service=\"PJSIP\",EventVersion=\"2\",AccountID=\"6001\",SessionID=\"[^\"]+\","
                + "LocalAddress=\"IPV4/UDP/127\\.0\\.0\\.1/15060\",RemoteAddress=\"IPV4/UDP/127\\.0\\.0\\.3/\\d+\".*"));
        assertFail2banFinds(ATTACKER, 3);

        assertEquals("Lifted the ban of 127.0.0.3.", shell().execute("pjsip unban 127.0.0.3").trim());
        assertTrue("answered again once lifted", answered(ATTACKER));
    }

    @Test
    public void anAllowListedAddressIsNeverBanned() throws Exception {
        wrongPasswords("127.0.0.1", 5);
        assertTrue(answered("127.0.0.1"));
        assertFalse(shell().execute("pjsip show bans").contains("127.0.0.1 "));
    }

    @Test
    public void bansOutliveAReloadOfTheModule() throws Exception {
        wrongPasswords(ATTACKER, 3);
        assertFalse(answered(ATTACKER));

        assertTrue(shell().execute("module unload res_pjsip_security").contains("Unloaded res_pjsip_security.so"));
        Await.waitFor("127.0.0.3 served while nothing bans", Duration.ofSeconds(10), () -> answered(ATTACKER));

        assertTrue(shell().execute("module load res_pjsip_security").contains("Loaded res_pjsip_security.so"));
        Await.waitFor("the kept ban back in force", Duration.ofSeconds(10), () -> !answered(ATTACKER));
        assertTrue(shell().execute("pjsip show bans").contains(" Ban:  127.0.0.3 "));
        assertTrue(answered("127.0.0.1"));
    }

    /** Runs fail2ban's own regex tester with its stock asterisk filter over the security log. */
    private static void assertFail2banFinds(String host, int atLeast) throws Exception {
        assumeTrue("fail2ban is installed by .ci/run", Files.isExecutable(Paths.get(FAIL2BAN_REGEX)));
        Process process = new ProcessBuilder(FAIL2BAN_REGEX, "--print-all-matched", securityLog().toString(), FAIL2BAN_FILTER)
                .redirectErrorStream(true).start();
        assertTrue("fail2ban-regex finished", process.waitFor(60, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long matched = output.lines().filter(line -> line.contains("RemoteAddress=\"IPV4/UDP/" + host + "/")
                && line.contains("SecurityEvent=\"InvalidPassword\"")).count();
        assertTrue(output, matched >= atLeast);
    }
}
