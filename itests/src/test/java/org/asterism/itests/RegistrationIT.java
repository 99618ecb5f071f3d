package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Phones register with digest authentication: the registrar, the username identifier and the digest
 * authenticator are installed (their features, offline from the distribution), then SIPp registers. Scenarios live
 * in {@code sipp/register}; the configuration in {@code etc/asterism/registration/pjsip.conf}. Also: qualify of a
 * static contact (a section added at run time), SHA-256 digest (a client of the test's own, SIPp does MD5 only), and
 * the three registration modules unloaded and loaded under registration traffic.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistrationIT extends AsterismTestSupport {

    private static final String CONF = "src/test/resources/etc/asterism/registration/pjsip.conf";
    private static final List<String> MODULES = List.of("res_pjsip_registrar", "res_pjsip_endpoint_identifier_user",
            "res_pjsip_authenticator_digest");
    private static final Duration SWITCH_TIMEOUT = Duration.ofSeconds(15);
    private static boolean installed;

    @Inject
    protected LocationStore location;

    @Inject
    protected FeaturesService features;

    private boolean configChanged;

    @Override
    protected String pjsipConfFile() {
        return CONF;
    }

    @Before
    public void registrationModulesLoaded() throws Exception {
        awaitSipAnswering();
        if (!installed) {
            features.installFeatures(Set.copyOf(MODULES), EnumSet.noneOf(FeaturesService.Option.class));
            installed = true;
        }
        Await.waitFor("REGISTER in the Allow of an OPTIONS answer", Duration.ofSeconds(30), () -> allows("REGISTER"));
    }

    /** Whatever a test did: every registration module loaded, and the test pjsip.conf in force. */
    @After
    public void restore() throws IOException {
        for (String module : MODULES) {
            if (!new ModuleTable(shell().execute("module show like " + module)).isRunning(module + ".so")) {
                shell().execute("module load " + module);
            }
        }
        if (configChanged) {
            Files.writeString(pjsipConf(), baseline(), StandardCharsets.UTF_8);
            shell().execute("pjsip reload");
            configChanged = false;
        }
    }

    /** Whether an OPTIONS answer's Allow lists the method (false when no answer came). */
    private static boolean allows(String method) {
        try {
            SipResponse options = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
            return options != null && options.tokens("Allow").contains(method);
        } catch (Exception e) {
            return false;
        }
    }

    private static Path users(String... lines) throws IOException {
        Path csv = Files.createTempFile(itestsDir().resolve("target"), "users", ".csv");
        Files.write(csv, (String.join("\n", List.of("SEQUENTIAL")) + "\n" + String.join("\n", lines) + "\n").getBytes());
        return csv;
    }

    private static void assertAllSucceed(Sipp.Result result, int calls) {
        System.out.println(result);
        assertTrue(result.toString(), result.allSucceeded(calls));
    }

    private void clear(String aor) throws Exception {
        location.update(aor, contacts -> List.of()).toCompletableFuture().get();
    }

    private List<String> uris(String aor) {
        return location.contacts(aor).stream().map(Contact::uri).sorted().toList();
    }

    private static String baseline() throws IOException {
        return Files.readString(itestsDir().resolve(CONF), StandardCharsets.UTF_8);
    }

    @Test
    public void aPhoneRegistersWithDigestAndUnregisters() throws Exception {
        clear("6001");
        assertAllSucceed(sipp("register/nominal/register_digest.xml").injection(users("6001;secret6001;")).calls(1).run(), 1);
        assertAllSucceed(sipp("register/nominal/register_digest.xml").tcp().injection(users("6001;secret6001;")).calls(1).run(), 1);
        assertEquals("every binding was removed again", List.of(), location.contacts("6001"));
    }

    @Test
    public void aWrongPasswordAndAnUnknownUserGetTheSameChallenge() throws Exception {
        List<Contact> before = location.contacts("6001");
        assertAllSucceed(sipp("register/offnominal/register_bad_credentials.xml")
                .injection(users("6001;not-the-password;", "nobody;whatever;")).calls(2).run(), 2);
        assertEquals("a refused REGISTER binds nothing", before, location.contacts("6001"));
    }

    @Test
    public void anAorWithoutMaxContactsIsRefusedWith403AndAsterisksWarning() throws Exception {
        long mark = karafLog().mark();
        assertAllSucceed(sipp("register/offnominal/register_no_max_contacts.xml").injection(users("6002;secret6002;")).calls(1).run(), 1);
        karafLog().waitForText(mark, "AOR '6002' has no configured max_contacts. Endpoint '6002' unable to register", Duration.ofSeconds(5));
    }

    @Test
    public void removeExistingKeepsOnlyTheNewestBindingAndUnloadingTheRegistrarKeepsIt() throws Exception {
        assertAllSucceed(sipp("register/nominal/register_and_stay.xml").injection(users("6001;secret6001;")).calls(1).run(), 1);
        assertAllSucceed(sipp("register/nominal/register_and_stay.xml").injection(users("6001;secret6001;")).calls(1).run(), 1);
        List<Contact> bound = location.contacts("6001");
        assertEquals("max_contacts=1 with remove_existing keeps the newest: " + bound, 1, bound.size());
        String uri = bound.get(0).uri();

        assertTrue(shell().execute("module unload res_pjsip_registrar").contains("Unloaded res_pjsip_registrar.so"));
        Await.waitFor("REGISTER to leave the Allow header", Duration.ofSeconds(10), () -> !allows("REGISTER"));
        assertEquals(List.of(uri), location.contacts("6001").stream().map(Contact::uri).toList());

        assertTrue(shell().execute("module load res_pjsip_registrar").contains("Loaded res_pjsip_registrar.so"));
        assertEquals(List.of(uri), location.contacts("6001").stream().map(Contact::uri).toList());
    }

    /** RFC 3261 §10.3 step 6: Expires 0 on one Contact removes that binding; "*" removes all, and only with Expires 0. */
    @Test
    public void expiresZeroRemovesOneBindingAndTheWildcardRemovesAll() throws Exception {
        clear("6003");
        // the scenario checks each 200: both bound; bind-a gone and bind-b kept; "*" with Expires 60 -> 400; "*" -> none left
        assertAllSucceed(sipp("register/nominal/register_two_then_unregister.xml").injection(users("6003;secret6003;")).run(), 1);
        assertEquals("no binding left after Contact: * with Expires: 0", List.of(), location.contacts("6003"));
    }

    /** RFC 3261 §10.2.3: a REGISTER without Contact changes nothing and its 200 lists the bindings, with a Date. */
    @Test
    public void aRegisterWithoutContactListsTheCurrentBindings() throws Exception {
        clear("6003");
        assertAllSucceed(sipp("register/nominal/register_and_stay.xml").injection(users("6003;secret6003;")).run(), 1);
        assertAllSucceed(sipp("register/nominal/register_and_stay.xml").injection(users("6003;secret6003;")).run(), 1);
        List<Contact> before = location.contacts("6003");
        assertEquals("two SIPp runs (two local ports) bound two contacts: " + before, 2, before.size());

        Path trace = itestsDir().resolve("target/sipp-logs/register-query-" + System.currentTimeMillis() + "-msg.log");
        assertAllSucceed(sipp("register/nominal/register_query.xml").injection(users("6003;secret6003;")).messageTrace(trace).run(), 1);
        assertEquals("the query's 200 lists exactly the stored bindings",
                Map.of("6003", uris("6003")), ContactPersistenceIT.contactsIn200s(trace));
        assertEquals("a query changes nothing", before, location.contacts("6003"));
    }

    @Test
    public void anExpiryBelowTheMinimumGets423WithMinExpires() throws Exception {
        clear("6003");
        assertAllSucceed(sipp("register/offnominal/register_too_brief.xml").injection(users("6003;secret6003;")).run(), 1);
        assertEquals("nothing bound", List.of(), location.contacts("6003"));
    }

    /** RFC 3327: with support_path=yes the Path is stored with the binding and echoed, with Supported: path. */
    @Test
    public void pathIsStoredAndEchoedWhereTheAorSupportsIt() throws Exception {
        clear("6004");
        assertAllSucceed(sipp("register/nominal/register_path.xml").injection(users("6004;secret6004;")).run(), 1);
        List<Contact> bound = location.contacts("6004");
        assertEquals(bound.toString(), 1, bound.size());
        assertEquals(List.of("<sip:edge@127.0.0.1:15999;lr>"), bound.get(0).path());
    }

    /**
     * Require: path to an AoR without support_path: 420 with Unsupported: path. A Path the client did not declare
     * Supported: path for, to an AoR with support_path: 420 and Asterisk's warning. Neither binds anything.
     */
    @Test
    public void pathIsRefusedWith420WhereTheAorOrTheClientDoesNotSupportIt() throws Exception {
        clear("6001");
        clear("6004");
        assertAllSucceed(sipp("register/offnominal/register_path_required.xml").injection(users("6001;secret6001;")).run(), 1);
        assertEquals(List.of(), location.contacts("6001"));

        long mark = karafLog().mark();
        assertAllSucceed(sipp("register/offnominal/register_path_without_supported.xml").injection(users("6004;secret6004;")).run(), 1);
        karafLog().waitForText(mark, "Invalid modifications made to REGISTER request from '6004' by intervening proxy",
                Duration.ofSeconds(5));
        assertEquals(List.of(), location.contacts("6004"));
    }

    @Test
    public void aStaticContactCanBeNeitherOverwrittenNorRemovedByRegister() throws Exception {
        clear("6005");
        // 403 to registering the static URI and to removing it; Contact: * gets 200 still listing it
        assertAllSucceed(sipp("register/offnominal/register_static_contact.xml").injection(users("6005;secret6005;")).run(), 1);
        assertEquals("no dynamic binding was made", List.of(), location.contacts("6005"));
        String shown = shell().execute("pjsip show contacts");
        assertTrue("the static contact is still listed:\n" + shown,
                Pattern.compile("(?m)^\\s*Contact:\\s+6005/sip:desk@127\\.0\\.0\\.1:15998\\s").matcher(shown).find());
    }

    /** RFC 7616: an auth offering SHA-256 only challenges with it and accepts a SHA-256 answer (and no other). */
    @Test
    public void aClientRegistersWithSha256WhereTheAuthOffersOnlyThat() throws Exception {
        clear("6006");
        try (UdpRegisterClient client = new UdpRegisterClient(SIP_PORT)) {
            SipResponse challenge = client.register("6006", 300, null);
            assertNotNull("answer to REGISTER", challenge);
            assertEquals(challenge.raw(), 401, challenge.status());
            String offered = challenge.header("WWW-Authenticate");
            assertEquals("one challenge only: " + offered, 1, offered.split("Digest ", -1).length - 1);
            Map<String, String> sha256 = UdpRegisterClient.challenge(offered);
            assertEquals(offered, "SHA-256", sha256.get("algorithm"));

            SipResponse md5 = client.register("6006", 300, client.authorization(sha256, "MD5", "6006", "secret6006"));
            assertEquals("MD5 credentials where only SHA-256 is offered: " + md5.raw(), 401, md5.status());
            Map<String, String> again = UdpRegisterClient.challenge(md5.header("WWW-Authenticate"));
            SipResponse wrong = client.register("6006", 300, client.authorization(again, "SHA-256", "6006", "not-the-password"));
            assertEquals("a wrong password: " + wrong.raw(), 401, wrong.status());
            assertEquals(List.of(), location.contacts("6006"));

            Map<String, String> last = UdpRegisterClient.challenge(wrong.header("WWW-Authenticate"));
            SipResponse ok = client.register("6006", 300, client.authorization(last, "SHA-256", "6006", "secret6006"));
            assertEquals(ok.raw(), 200, ok.status());
            assertTrue("the 200 lists the binding: " + ok.raw(), ok.header("Contact").contains(client.contactUri("6006")));
            assertEquals(List.of(client.contactUri("6006")), uris("6006"));
        }
    }

    /** Qualify of a static contact: Avail with an RTT while it answers OPTIONS, Unavail soon after it stops, Avail again. */
    @Test
    public void qualifyShowsAContactAvailWhileItAnswersAndUnavailOnceItStops() throws Exception {
        try (OptionsAnsweringPeer peer = new OptionsAnsweringPeer(SIP_PORT)) {
            String contact = "qualify-peer/sip:peer@127.0.0.1:" + peer.port();
            configChanged = true;
            Files.writeString(pjsipConf(), baseline() + "\n[qualify-peer]\ntype=aor\ncontact=sip:peer@127.0.0.1:" + peer.port()
                    + "\nqualify_frequency=1\nqualify_timeout=0.5\n", StandardCharsets.UTF_8);
            String reloaded = shell().execute("pjsip reload");
            assertTrue(reloaded, reloaded.contains("PJSIP configuration reloaded from"));

            Pattern avail = contactRow(contact, "Avail\\s+\\d+\\.\\d{3}");
            Await.waitForAssert(Duration.ofSeconds(10), () -> assertShown(avail));
            assertTrue("the peer answered OPTIONS", peer.answered() > 0);

            long mark = karafLog().mark();
            peer.stopAnswering();
            Await.waitForAssert(Duration.ofSeconds(6), () -> assertShown(contactRow(contact, "Unavail\\s+nan")));
            karafLog().waitForText(mark, "Contact " + contact + " is now Unreachable", Duration.ofSeconds(5));

            peer.startAnswering();
            Await.waitForAssert(Duration.ofSeconds(6), () -> assertShown(avail));
        }
    }

    /** " Contact:  <aor>/<uri>  <hash>  <status> <rtt>" of {@code pjsip show contacts}. */
    private static Pattern contactRow(String contact, String statusAndRtt) {
        return Pattern.compile("(?m)^\\s*Contact:\\s+" + Pattern.quote(contact) + "\\s+[0-9a-f]{10}\\s+" + statusAndRtt + "\\s*$");
    }

    private void assertShown(Pattern row) {
        String shown = shell().execute("pjsip show contacts");
        assertTrue(row.pattern() + " in:\n" + shown, row.matcher(shown).find());
    }

    /**
     * SIPp registers 6007 at 20 a second (400 in all) while the three registration modules are each unloaded and
     * loaded again. While one is out a fresh registration fails; once it is back one succeeds; the bindings of an
     * unrelated AoR (6003) stay as they were; OPTIONS is answered throughout, and SIPp finishes by itself. SIPp's
     * failed registrations (those that met an unloaded module) are expected and not counted against the server.
     */
    @Test
    public void registrationModulesUnloadAndLoadUnderRegistrationTraffic() throws Exception {
        clear("6003");
        assertAllSucceed(sipp("register/nominal/register_and_stay.xml").injection(users("6003;secret6003;")).run(), 1);
        List<Contact> unrelated = location.contacts("6003");
        assertEquals(unrelated.toString(), 1, unrelated.size());
        clear("6007");

        Sipp.Result traffic;
        OptionsWatch options = OptionsWatch.start(SIP_PORT, Duration.ofMillis(200), Duration.ofSeconds(2));
        Sipp.Run run = sipp("register/nominal/register_and_stay.xml").injection(users("6007;secret6007;"))
                .calls(400).rate(20).timeout(Duration.ofSeconds(60)).start();
        try {
            Await.waitFor("the traffic's first binding of 6007", Duration.ofSeconds(10), () -> !location.contacts("6007").isEmpty());
            for (String module : MODULES) {
                String unloaded = unloadWhenIdle(module);
                assertTrue("module unload " + module + ":\n" + unloaded, unloaded.contains("Unloaded " + module + ".so"));
                Sipp.Result meanwhile = sipp("register/nominal/register_digest.xml").injection(users("6001;secret6001;")).run();
                System.out.println("while " + module + " is unloaded: " + meanwhile);
                assertFalse("a registration while " + module + " is unloaded: " + meanwhile, meanwhile.allSucceeded(1));

                String loaded = shell().execute("module load " + module);
                assertTrue("module load " + module + ":\n" + loaded, loaded.contains("Loaded " + module + ".so"));
                Await.waitForAssert(SWITCH_TIMEOUT, () -> assertAllSucceed(
                        sipp("register/nominal/register_digest.xml").injection(users("6001;secret6001;")).run(), 1));
            }
        } finally {
            traffic = run.await(); // also when an assertion failed: never leave SIPp running
            options.close();
        }
        System.out.println("registration traffic during the module switches: " + traffic);
        assertNotEquals("SIPp ended by itself (-m 400), not killed: " + traffic, -999, traffic.exitCode());
        assertEquals("all 400 registrations ended: " + traffic, 400, traffic.successful() + traffic.failed());
        assertTrue("registrations went through around the switches: " + traffic, traffic.successful() > 0);
        assertEquals("the unrelated AoR's binding is untouched", unrelated, location.contacts("6003"));
        assertTrue(options.sent() + " OPTIONS sent; unanswered: " + options.unanswered(), options.unanswered().isEmpty());
        assertTrue("OPTIONS were sent throughout: " + options.sent(), options.sent() >= 10);
    }

    /**
     * {@code module unload}, repeated while it is refused because registrations are in flight (a soft unload waits for
     * a use count of 0, as in Asterisk); returns the last output.
     */
    private String unloadWhenIdle(String module) {
        String[] output = new String[1];
        Await.waitForAssert(SWITCH_TIMEOUT, () -> {
            output[0] = shell().execute("module unload " + module);
            if (!output[0].contains("Unloaded " + module + ".so")) {
                assertTrue("the only refusal expected is a busy module:\n" + output[0], output[0].contains("Soft unload failed"));
                throw new AssertionError(module + " still busy:\n" + output[0]);
            }
        });
        return output[0];
    }
}
