package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.After;
import org.junit.Test;

/**
 * Contacts survive a {@code kill -9}: the distribution runs as its own process (Pax Exam cannot kill its own
 * container) on 127.0.0.1:15160, 50 phones (7000..7049, one password each) register with digest, the server's JVM
 * gets SIGKILL right after the last 200, and after a restart on the same data folder an authenticated REGISTER
 * without Contact (a query, RFC 3261 10.2.3) for each AoR must list exactly the binding it had.
 *
 * <p>The registration modules are installed with {@code feature:install} when {@code feature:list -i} does not list
 * them (they may or may not be in the default {@code asterism} feature).
 */
public class ContactPersistenceIT {

    private static final int PORT = 15160;
    private static final int USERS = 50;
    private static final int FIRST_USER = 7000;
    private static final List<String> FEATURES = List.of("res_pjsip_registrar", "res_pjsip_endpoint_identifier_user",
            "res_pjsip_authenticator_digest");

    private KarafServer server;

    @After
    public void stopServer() throws Exception {
        if (server != null) {
            server.stop();
            if (!Boolean.getBoolean("asterism.itests.keep")) {
                server.delete(); // -Dasterism.itests.keep=true leaves it (karaf.log, data/asterism/location.mv.db)
            }
        }
    }

    @Test
    public void fiftyContactsSurviveAKill9OfTheServer() throws Exception {
        Path itests = Paths.get(AsterismTestSupport.requiredProperty(AsterismTestSupport.ITESTS_DIR));
        Path target = itests.resolve("target");
        assertTrue("127.0.0.1:" + PORT + " (UDP and TCP) must be free for this test", KarafServer.portFree(PORT));
        server = KarafServer.unpack(Paths.get(AsterismTestSupport.requiredProperty("asterism.distribution")),
            target.resolve("persistence"), pjsipConf());
        System.out.println("distribution unpacked in " + server.home());
        Path users = users(target);

        server.start();
        awaitRegistrar();
        Path registered = target.resolve("sipp-logs/persistence-register-" + System.currentTimeMillis() + "-msg.log");
        Sipp.Result register = sipp(itests, "register/nominal/register_and_stay.xml").injection(users)
            .calls(USERS).rate(50).messageTrace(registered).run();
        System.out.println(register);
        assertTrue(register.toString(), register.allSucceeded(USERS));
        Map<String, List<String>> before = contactsIn200s(registered);

        long pid = server.jvmPid();
        server.kill9(); // at once: no quiet period for writes to settle
        System.out.println("SIGKILL sent to the server JVM " + pid);
        assertFalse(server.isAlive());
        assertEquals("every AoR had a 200 before the kill: " + before, USERS, before.size());
        before.forEach((aor, uris) -> assertTrue("the 200 for " + aor + " lists its one binding: " + uris,
            uris.size() == 1 && uris.get(0).startsWith("sip:" + aor + "@127.0.0.1:")));

        long mark = server.karafLog().mark();
        server.start();
        awaitRegistrar();
        String loaded = server.karafLog().since(mark).lines().filter(l -> l.contains("Location store"))
            .collect(Collectors.joining("\n"));
        System.out.println("after the restart: " + loaded);

        Path queried = target.resolve("sipp-logs/persistence-query-" + System.currentTimeMillis() + "-msg.log");
        Sipp.Result query = sipp(itests, "register/nominal/register_query.xml").injection(users)
            .calls(USERS).rate(50).messageTrace(queried).run();
        System.out.println(query);
        assertTrue(query.toString(), query.allSucceeded(USERS));
        assertEquals("the bindings each AoR lists after kill -9 and restart", before, contactsIn200s(queried));
    }

    /** Waits for SIP on the port, installs the registration features when missing, waits for REGISTER in Allow. */
    private void awaitRegistrar() throws Exception {
        Await.waitFor("a 200 to OPTIONS on 127.0.0.1:" + PORT, Duration.ofSeconds(90), () -> status() == 200);
        String installed = server.client("feature:list -i | grep res_pjsip_");
        List<String> missing = FEATURES.stream().filter(f -> !Pattern.compile("(?m)^\\s*" + f + "\\s").matcher(installed).find())
            .toList();
        System.out.println("registration features to install: " + missing);
        if (!missing.isEmpty()) {
            server.client("feature:install " + String.join(" ", missing));
        }
        server.client("module show like registrar");
        Await.waitFor("REGISTER in the Allow of an OPTIONS answer", Duration.ofSeconds(30), () -> {
            try {
                SipResponse options = OptionsPing.udp(PORT, Duration.ofSeconds(1));
                return options != null && options.tokens("Allow").contains("REGISTER");
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static int status() {
        try {
            SipResponse options = OptionsPing.udp(PORT, Duration.ofSeconds(1));
            return options == null ? 0 : options.status();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Sipp sipp(Path itests, String scenario) {
        return new Sipp(itests.resolve("src/test/resources/sipp").resolve(scenario), itests.resolve("target/sipp-logs"),
            "127.0.0.1", PORT).timeout(Duration.ofSeconds(30));
    }

    private static String user(int i) {
        return Integer.toString(FIRST_USER + i);
    }

    /** Endpoint, auth and AoR per user from templates; one password each. */
    static String pjsipConf() {
        StringBuilder conf = new StringBuilder("""
            ; ContactPersistenceIT: loopback only, port 15160
            [transport-udp]
            type=transport
            protocol=udp
            bind=127.0.0.1:15160

            [transport-tcp]
            type=transport
            protocol=tcp
            bind=127.0.0.1:15160

            [phone](!)
            type=endpoint
            context=default
            disallow=all
            allow=ulaw

            [phone-auth](!)
            type=auth
            auth_type=userpass

            [phone-aor](!)
            type=aor
            max_contacts=1
            remove_existing=yes
            """);
        for (int i = 0; i < USERS; i++) {
            String u = user(i);
            conf.append("\n[").append(u).append("](phone)\nauth=").append(u).append("\naors=").append(u)
                .append("\n[").append(u).append("](phone-auth)\nusername=").append(u).append("\npassword=pw-").append(u)
                .append("-secret\n[").append(u).append("](phone-aor)\n");
        }
        return conf.toString();
    }

    private static Path users(Path target) throws IOException {
        String lines = IntStream.range(0, USERS).mapToObj(i -> user(i) + ";pw-" + user(i) + "-secret;")
            .collect(Collectors.joining("\n"));
        Path csv = Files.createTempFile(target, "persistence-users", ".csv");
        Files.writeString(csv, "SEQUENTIAL\n" + lines + "\n");
        return csv;
    }

    private static final Pattern TO_USER = Pattern.compile("(?mi)^(?:To|t)\\s*:[^\\n]*<sip:([^@>]+)@");
    private static final Pattern CONTACT_LINE = Pattern.compile("(?mi)^(?:Contact|m)\\s*:(.*)$");
    private static final Pattern URI = Pattern.compile("<(sip:[^>]+)>");

    /** AoR (the To user) to the contact URIs listed by each 200 that SIPp received, from its message trace. */
    static Map<String, List<String>> contactsIn200s(Path messageTrace) throws IOException {
        Map<String, List<String>> contacts = new TreeMap<>();
        for (String chunk : Files.readString(messageTrace).split("\n-{10,}[^\n]*\n")) {
            int start = chunk.indexOf("SIP/2.0 200");
            if (!chunk.contains("message received") || start < 0) {
                continue;
            }
            String message = chunk.substring(start);
            Matcher to = TO_USER.matcher(message);
            if (!to.find()) {
                continue;
            }
            TreeSet<String> uris = new TreeSet<>();
            Matcher line = CONTACT_LINE.matcher(message);
            while (line.find()) {
                Matcher uri = URI.matcher(line.group(1));
                while (uri.find()) {
                    uris.add(uri.group(1));
                }
            }
            contacts.put(to.group(1), List.copyOf(uris));
        }
        return contacts;
    }
}
