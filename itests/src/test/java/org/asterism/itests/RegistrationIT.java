package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Phones register with digest authentication: the registrar, the username identifier and the digest
 * authenticator are installed (their features, offline from the distribution), then SIPp registers. Scenarios live
 * in {@code sipp/register}; the configuration in {@code etc/asterism/registration/pjsip.conf}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistrationIT extends AsterismTestSupport {

    private static final Set<String> MODULES = Set.of("res_pjsip_registrar", "res_pjsip_endpoint_identifier_user",
            "res_pjsip_authenticator_digest");
    private static boolean installed;

    @Inject
    protected LocationStore location;

    @Inject
    protected FeaturesService features;

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/registration/pjsip.conf";
    }

    @Before
    public void registrationModulesLoaded() throws Exception {
        awaitSipAnswering();
        if (!installed) {
            features.installFeatures(MODULES, EnumSet.noneOf(FeaturesService.Option.class));
            installed = true;
        }
        Await.waitFor("REGISTER in the Allow of an OPTIONS answer", Duration.ofSeconds(30), () -> allows("REGISTER"));
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

    @Test
    public void aPhoneRegistersWithDigestAndUnregisters() throws Exception {
        location.update("6001", contacts -> List.of()).toCompletableFuture().get(); // start from an empty AoR
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
}
