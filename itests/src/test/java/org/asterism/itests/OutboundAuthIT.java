package org.asterism.itests;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * res_pjsip_outbound_authenticator_digest: qualify OPTIONS to a trunk's static contact, a SIPp UAS that challenges
 * them with a 401 and checks the answer with {@code <verifyauth>}. The trunk endpoint names the auth in
 * {@code outbound_auth}; its AoR sets {@code qualify_2xx_only}, so a challenge left unanswered or refused shows as
 * Unavail (without it Asterisk, and Asterism, count any final response as reachable). Scenarios live in
 * {@code sipp/outbound_auth}; the boot configuration in {@code etc/asterism/outbound-auth/pjsip.conf}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutboundAuthIT extends AsterismTestSupport {

    private static final String MODULE = "res_pjsip_outbound_authenticator_digest";
    private static final String SERVICE = "org.asterism.sip.api.client.OutboundAuthenticator";
    private static final String SECRET = "trunk-secret";
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    protected BundleContext bundleContext;

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/outbound-auth/pjsip.conf";
    }

    @Before
    public void serverAnswersWithTheModuleLoaded() {
        awaitSipAnswering();
        if (bundleContext.getServiceReference(SERVICE) == null) {
            shell().execute("module load " + MODULE);
        }
        Await.waitFor("the outbound authenticator registered", STATUS_TIMEOUT,
            () -> bundleContext.getServiceReference(SERVICE) != null);
    }

    /** The trunk: endpoint with outbound_auth, its auth with this password, its AoR with the UAS as static contact. */
    private static void configureTrunk(int uasPort, String password) throws IOException {
        String base = Files.readString(itestsDir().resolve("src/test/resources/etc/asterism/outbound-auth/pjsip.conf"),
            StandardCharsets.UTF_8);
        Files.writeString(pjsipConf(), base + "\n"
            + "[trunk]\ntype=endpoint\ncontext=default\ndisallow=all\nallow=ulaw\naors=trunk\noutbound_auth=trunk-auth\n\n"
            + "[trunk-auth]\ntype=auth\nauth_type=userpass\nusername=trunk\npassword=" + password + "\n\n"
            // a day between periodic qualifies: the test's 'pjsip qualify' decides when OPTIONS go out
            + "[trunk]\ntype=aor\ncontact=sip:trunk@127.0.0.1:" + uasPort + "\nqualify_frequency=86400\nqualify_timeout=3\n"
            + "qualify_2xx_only=yes\n", StandardCharsets.UTF_8);
    }

    private static Path users(String... lines) throws IOException {
        Path csv = Files.createTempFile(itestsDir().resolve("target"), "trunk", ".csv");
        Files.writeString(csv, "SEQUENTIAL\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return csv;
    }

    /** SIPp as the trunk's UAS, listening before this returns. */
    private static Sipp.Run uas(String scenario, int port, int calls) throws IOException {
        Sipp.Run run = sipp(scenario).asServer(port).injection(users("trunk;" + SECRET + ";")).calls(calls)
            .timeout(Duration.ofSeconds(30)).start();
        run.awaitListening(Duration.ofSeconds(10));
        return run;
    }

    /** The status column of the trunk's contact in 'pjsip show contacts' (Avail, Unavail, Unknown), or null. */
    private String contactStatus(int port) {
        String contacts = shell().execute("pjsip show contacts");
        Matcher row = Pattern.compile("Contact:\\s+trunk/sip:trunk@127\\.0\\.0\\.1:" + port + "\\s+\\S+\\s+(\\S+)").matcher(contacts);
        return row.find() ? row.group(1) : null;
    }

    private void awaitContact(int port, String status) {
        Await.waitFor("the trunk's contact " + status + " in 'pjsip show contacts':\n" + shell().execute("pjsip show contacts"),
            STATUS_TIMEOUT, () -> status.equals(contactStatus(port)));
    }

    private void qualifyTrunk() {
        String qualifying = shell().execute("pjsip qualify trunk");
        assertTrue("pjsip qualify trunk:\n" + qualifying, qualifying.contains("Qualifying AOR 'trunk' on endpoint 'trunk'"));
    }

    private void reloadWith(int port, String password) throws IOException {
        configureTrunk(port, password);
        shell().execute("pjsip reload");
        Await.waitFor("the trunk's contact on port " + port + " listed", STATUS_TIMEOUT, () -> contactStatus(port) != null);
    }

    private static void assertAllSucceed(Sipp.Result result, int calls) {
        System.out.println(result);
        assertTrue(result.toString(), result.allSucceeded(calls));
    }

    @Test
    public void aChallengedQualifyIsAnsweredWithTheOutboundAuthAndTheContactIsAvail() throws Exception {
        int port = Sipp.freePort();
        reloadWith(port, SECRET);
        Sipp.Run run = uas("outbound_auth/nominal/options_challenged.xml", port, 2);
        try {
            qualifyTrunk();
            awaitContact(port, "Avail");
            qualifyTrunk(); // a second qualify: a new call, challenged and answered again
        } finally {
            assertAllSucceed(run.await(), 2);
        }
        assertTrue("still Avail", "Avail".equals(contactStatus(port)));
    }

    @Test
    public void aWrongPasswordLeavesTheContactUnavailWithOneAuthenticatedAttemptPerQualify() throws Exception {
        int port = Sipp.freePort();
        reloadWith(port, "not-" + SECRET);
        long mark = karafLog().mark();
        Sipp.Run run = uas("outbound_auth/offnominal/options_credentials_refused.xml", port, 2);
        try {
            qualifyTrunk();
            awaitContact(port, "Unavail");
            karafLog().waitForText(mark, "authentication credentials for realm 'sipp.example' not accepted by server",
                Duration.ofSeconds(5));
            qualifyTrunk();
        } finally {
            // each call: one OPTIONS, one with credentials, and for 3 s after the second 401 nothing more
            assertAllSucceed(run.await(), 2);
        }
        assertTrue("still Unavail", "Unavail".equals(contactStatus(port)));
    }

    @Test
    public void withTheModuleUnloadedChallengesGoUnansweredAndLoadingItAnswersThemAgain() throws Exception {
        int port = Sipp.freePort();
        reloadWith(port, SECRET);
        String unloaded = shell().execute("module unload " + MODULE);
        try {
            assertTrue("module unload " + MODULE + ":\n" + unloaded, unloaded.contains("Unloaded " + MODULE + ".so"));
            assertNull("no outbound authenticator after unload", bundleContext.getServiceReference(SERVICE));
            Sipp.Run unanswered = uas("outbound_auth/offnominal/options_challenge_unanswered.xml", port, 1);
            try {
                qualifyTrunk();
                awaitContact(port, "Unavail");
            } finally {
                assertAllSucceed(unanswered.await(), 1);
            }
        } finally {
            String loaded = shell().execute("module load " + MODULE);
            assertTrue("module load " + MODULE + ":\n" + loaded, loaded.contains("Loaded " + MODULE + ".so"));
        }
        Await.waitFor("the outbound authenticator registered again", STATUS_TIMEOUT,
            () -> bundleContext.getServiceReference(SERVICE) != null);
        Sipp.Run answered = uas("outbound_auth/nominal/options_challenged.xml", port, 1);
        try {
            qualifyTrunk();
            awaitContact(port, "Avail");
        } finally {
            assertAllSucceed(answered.await(), 1);
        }
        assertNotNull(contactStatus(port));
    }
}
