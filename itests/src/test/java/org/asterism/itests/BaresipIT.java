package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
 * A real softphone, baresip (Debian package {@code baresip}), registers as 6001 with digest over UDP, headless: a
 * throwaway home under {@code target/} with no audio device and no UI module. Its contact must show in the
 * location store and still be there, refreshed (same Call-ID, higher CSeq, later expiry), after baresip's first
 * re-REGISTER; stopping baresip (SIGTERM) unregisters it. Skipped when {@code /usr/bin/baresip} is absent.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BaresipIT extends AsterismTestSupport {

    private static final Path BARESIP = Paths.get("/usr/bin/baresip");
    private static final Set<String> MODULES = Set.of("res_pjsip_registrar", "res_pjsip_endpoint_identifier_user",
            "res_pjsip_authenticator_digest");
    /** Seconds baresip asks for; the AoR's minimum_expiration is 10. */
    private static final int REGINT = 12;

    @Inject
    protected LocationStore location;

    @Inject
    protected FeaturesService features;

    private Process baresip;

    @Override
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/baresip/pjsip.conf";
    }

    @Before
    public void registrationModulesLoaded() throws Exception {
        assumeTrue("baresip is not installed (apt-get install baresip)", Files.isExecutable(BARESIP));
        awaitSipAnswering();
        for (String module : MODULES) {
            if (!features.isInstalled(features.getFeature(module))) {
                System.out.println("installing feature " + module);
                features.installFeatures(Set.of(module), EnumSet.noneOf(FeaturesService.Option.class));
            }
        }
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
    public void stopBaresip() throws InterruptedException {
        if (baresip != null && baresip.isAlive()) {
            baresip.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    public void baresipRegistersWithDigestAndRefreshes() throws Exception {
        location.update("6001", contacts -> List.of()).toCompletableFuture().get(10, TimeUnit.SECONDS);
        int port = freeUdpPort();
        Path home = Files.createTempDirectory(itestsDir().resolve("target"), "baresip-");
        Files.writeString(home.resolve("config"), String.join("\n",
            "poll_method epoll",
            "sip_listen 127.0.0.1:" + port,
            "sip_trans_def udp",
            "net_interface 127.0.0.1",
            "dns_server 127.0.0.1:53",
            "audio_player none",
            "audio_source none",
            "audio_alert none",
            "module_path /usr/lib/baresip/modules",
            "module g711.so",
            "module_app account.so",
            ""));
        Files.writeString(home.resolve("accounts"),
            "<sip:6001@" + SERVER_HOST + ":" + SIP_PORT + ";transport=udp>;auth_pass=secret6001;regint=" + REGINT + "\n");
        Files.writeString(home.resolve("contacts"), "");
        Path log = home.resolve("baresip.log");
        baresip = new ProcessBuilder(BARESIP.toString(), "-f", home.toString(), "-s")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
        System.out.println("baresip (pid " + baresip.pid() + ") on 127.0.0.1:" + port + ", home " + home);

        String bound = "@127.0.0.1:" + port;
        Await.waitForAssert(Duration.ofSeconds(15), () -> assertTrue("baresip bound as 6001: " + location.contacts("6001")
            + "\n" + Files.readString(log), baresip.isAlive() && location.contacts("6001").stream().anyMatch(c -> c.uri().contains(bound))));
        Contact first = only(location.contacts("6001"));
        System.out.println("registered: " + first);

        Await.waitForAssert(Duration.ofSeconds(REGINT + 10), () -> {
            Contact now = only(location.contacts("6001"));
            assertTrue("refreshed: " + now, now.cseq() > first.cseq());
        });
        Contact refreshed = only(location.contacts("6001"));
        System.out.println("refreshed:  " + refreshed);
        assertEquals("the same binding", first.uri(), refreshed.uri());
        assertEquals("the same registration (Call-ID)", first.callId(), refreshed.callId());
        assertTrue("a later expiry", refreshed.expiresAt().isAfter(first.expiresAt()));

        baresip.destroy(); // SIGTERM: baresip unregisters before it exits
        assertTrue("baresip exits within 10 s of SIGTERM", baresip.waitFor(10, TimeUnit.SECONDS));
        Await.waitFor("6001 unbound after baresip stopped", Duration.ofSeconds(5), () -> location.contacts("6001").isEmpty());
        String trace = Files.readString(log);
        System.out.println("baresip saw " + count(trace, "SIP/2.0 401") + " 401s and " + count(trace, "SIP/2.0 200") + " 200s");
    }

    private static Contact only(List<Contact> contacts) {
        assertEquals("one binding for 6001: " + contacts, 1, contacts.size());
        return contacts.get(0);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            return socket.getLocalPort();
        }
    }
}
