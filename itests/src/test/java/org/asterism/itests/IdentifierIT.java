package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.inject.Inject;

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
 * Who a REGISTER is from, as the identifiers decide it before any authentication: by source address
 * ({@code type=identify}, res_pjsip_endpoint_identifier_ip), by username, and else as the {@code anonymous}
 * endpoint (res_pjsip_endpoint_identifier_anonymous), which can be unloaded and loaded. Scenarios live in
 * {@code sipp/identify}; the configuration in {@code etc/asterism/identify/pjsip.conf}. SIPp sends from 127.0.0.2 for
 * the address match (Linux answers for all of 127.0.0.0/8).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IdentifierIT extends AsterismTestSupport {

    private static final String ANONYMOUS = "res_pjsip_endpoint_identifier_anonymous";
    private static final String MATCHED_ADDRESS = "127.0.0.2";

    @Inject
    protected LocationStore location;

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/identify/pjsip.conf";
    }

    @Before
    public void registrarAnswers() {
        awaitSipAnswering();
        Await.waitFor("REGISTER in the Allow of an OPTIONS answer", Duration.ofSeconds(30), () -> {
            try {
                SipResponse options = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
                return options != null && options.tokens("Allow").contains("REGISTER");
            } catch (IOException e) {
                return false;
            }
        });
    }

    @After
    public void anonymousIdentifierLoaded() {
        if (!new ModuleTable(shell().execute("module show like " + ANONYMOUS)).isRunning(ANONYMOUS + ".so")) {
            shell().execute("module load " + ANONYMOUS);
        }
    }

    private static Path fields(String... lines) throws IOException {
        Path csv = Files.createTempFile(itestsDir().resolve("target"), "identify", ".csv");
        Files.writeString(csv, "SEQUENTIAL\n" + String.join("\n", lines) + "\n");
        return csv;
    }

    private static void assertAllSucceed(Sipp.Result result) {
        System.out.println(result);
        assertTrue(result.toString(), result.allSucceeded(1));
    }

    /**
     * From 127.0.0.2, a REGISTER with a From user nobody knows and no credentials is the endpoint the identify names
     * (it has no auth): 200 at once, the binding stored. The same REGISTER from 127.0.0.1 is not that endpoint.
     */
    @Test
    public void aRequestFromAMatchedAddressIsThatEndpointWhateverItsFromUser() throws Exception {
        location.update("ipphone", contacts -> List.of()).toCompletableFuture().get();
        assertAllSucceed(sipp("identify/nominal/register_identified_by_ip.xml").localAddress(MATCHED_ADDRESS)
                .injection(fields("ipphone;somebody-unknown;")).run());
        List<Contact> bound = location.contacts("ipphone");
        assertEquals(bound.toString(), 1, bound.size());
        assertEquals(Optional.of("ipphone"), bound.get(0).endpoint());
        assertTrue(bound.get(0).uri(), bound.get(0).uri().startsWith("sip:ipphone@" + MATCHED_ADDRESS + ":"));
        assertEquals(MATCHED_ADDRESS, bound.get(0).source().map(InetSocketAddress::getAddress).map(a -> a.getHostAddress()).orElse(""));
        String shown = shell().execute("pjsip show contacts");
        assertTrue("pjsip show contacts lists it:\n" + shown, Pattern.compile("(?m)^\\s*Contact:\\s+ipphone/"
                + Pattern.quote(bound.get(0).uri()) + "\\s").matcher(shown).find());

        // from 127.0.0.1 the same request is the anonymous endpoint, which has no AoR 'ipphone': 404, nothing changes
        assertAllSucceed(sipp("identify/offnominal/register_not_found.xml").injection(fields("ipphone;somebody-unknown;")).run());
        assertEquals(bound, location.contacts("ipphone"));
    }

    /**
     * An unknown user is the anonymous endpoint (no auth, no AoRs): the registrar's 404, not a challenge, while a known
     * user still authenticates as itself. With the anonymous identifier unloaded the unknown user gets the 401 challenge;
     * loaded again, the 404 again.
     */
    @Test
    public void anUnknownUserIsAnonymousUntilTheAnonymousIdentifierIsUnloaded() throws Exception {
        long mark = karafLog().mark();
        assertAllSucceed(sipp("identify/offnominal/register_not_found.xml").injection(fields("stranger;stranger;")).run());
        karafLog().waitForText(mark, "AOR 'stranger' not found for endpoint 'anonymous'", Duration.ofSeconds(5));
        assertAllSucceed(sipp("register/nominal/register_digest.xml").injection(fields("6001;secret6001;")).run());

        String unloaded = shell().execute("module unload " + ANONYMOUS);
        assertTrue(unloaded, unloaded.contains("Unloaded " + ANONYMOUS + ".so"));
        assertAllSucceed(sipp("identify/offnominal/register_challenged.xml").injection(fields("stranger;stranger;")).run());

        String loaded = shell().execute("module load " + ANONYMOUS);
        assertTrue(loaded, loaded.contains("Loaded " + ANONYMOUS + ".so"));
        Await.waitForAssert(Duration.ofSeconds(10), () -> assertAllSucceed(
                sipp("identify/offnominal/register_not_found.xml").injection(fields("stranger;stranger;")).run()));
    }
}
