package org.asterism.sip.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BanServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.1", 5060);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static SecurityEvent event(SecurityEventType type, String from) {
        return new SecurityEvent(type, NOW, "PJSIP", "6001", "call-id", "UDP", LOCAL, new InetSocketAddress(from, 5060), Map.of());
    }

    private static String run(Object command, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ((org.asterism.cli.CliCommand) command).execute(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void onlyFailuresCountAndABannedAddressIsRefused() throws Exception {
        BanService service = new BanService(BanListTest.policy(true, "127.0.0.0/8"), folder.getRoot().toPath().resolve("bans"), clock);
        for (int i = 0; i < 5; i++) {
            service.onSecurityEvent(event(SecurityEventType.CHALLENGE_SENT, "198.51.100.7"));
            service.onSecurityEvent(event(SecurityEventType.SUCCESSFUL_AUTH, "198.51.100.7"));
        }
        assertTrue("challenges and successes are no failures", service.admits(InetAddress.getByName("198.51.100.7")));
        service.onSecurityEvent(event(SecurityEventType.INVALID_ACCOUNT_ID, "198.51.100.7"));
        service.onSecurityEvent(event(SecurityEventType.INVALID_PASSWORD, "198.51.100.7"));
        service.onSecurityEvent(event(SecurityEventType.CHALLENGE_RESPONSE_FAILED, "198.51.100.7"));
        assertFalse(service.admits(InetAddress.getByName("198.51.100.7")));
        assertTrue(service.admits(InetAddress.getByName("198.51.100.8")));
        service.deactivate();
    }

    @Test
    public void bansSurviveAReloadAndCommandsShowAndLiftThem() throws Exception {
        Path file = folder.getRoot().toPath().resolve("data/asterism/bans");
        BanService first = new BanService(BanListTest.policy(true), file, clock);
        for (int i = 0; i < 3; i++) {
            first.onSecurityEvent(event(SecurityEventType.FAILED_ACL, "198.51.100.7"));
            first.onSecurityEvent(event(SecurityEventType.FAILED_ACL, "2001:db8::7"));
        }
        first.deactivate();
        assertEquals(2, Files.readAllLines(file).size());

        BanService second = new BanService(BanListTest.policy(true), file, clock);
        assertFalse(second.admits(InetAddress.getByName("198.51.100.7")));
        String shown = run(new ShowBansCommand(second));
        assertTrue(shown, shown.contains("Bans: 3 failures within 60 s ban an address for 900 s. Never banned: (none)"));
        assertTrue(shown, shown.matches("(?s).* Ban:  198\\.51\\.100\\.7 +3  2026-11-22 10:00:00  15m 0s\n.*"));
        assertTrue(shown, shown.contains("Objects found: 2"));

        UnbanCommand unban = new UnbanCommand(second);
        assertEquals("Lifted the ban of 198.51.100.7.\n", run(unban, "198.51.100.7"));
        assertEquals("198.51.100.7 is not banned.\n", run(unban, "198.51.100.7"));
        assertTrue(second.admits(InetAddress.getByName("198.51.100.7")));
        assertEquals("Lifted 1 ban(s).\n", run(unban, "all"));
        assertTrue(run(new ShowBansCommand(second)).endsWith("No objects found.\n"));
        second.deactivate();
        assertEquals(List.of(), Files.readAllLines(file));
    }

    @Test(expected = org.asterism.cli.CliUsageException.class)
    public void unbanRefusesAHostName() throws Exception {
        BanService service = new BanService(BanListTest.policy(true), folder.getRoot().toPath().resolve("bans"), clock);
        try {
            run(new UnbanCommand(service), "scanner.example");
        } finally {
            service.deactivate();
        }
    }
}
