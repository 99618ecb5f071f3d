package org.asterism.sip.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.IpNetwork;
import org.junit.Test;

public class BanListTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    static BanPolicy policy(boolean enabled, String... allow) throws Exception {
        List<IpNetwork> networks = new java.util.ArrayList<>();
        for (String network : allow) {
            networks.add(IpNetwork.parse(network));
        }
        return new BanPolicy(enabled, 3, Duration.ofSeconds(60), Duration.ofSeconds(900), networks);
    }

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    public void theThirdFailureWithinTheWindowBansForTheBanTime() throws Exception {
        BanList list = new BanList(policy(true));
        InetAddress scanner = ip("198.51.100.7");
        assertEquals(Optional.empty(), list.failure(scanner, START));
        assertEquals(Optional.empty(), list.failure(scanner, START.plusSeconds(10)));
        Optional<Ban> ban = list.failure(scanner, START.plusSeconds(20));
        assertTrue(ban.isPresent());
        assertEquals(START.plusSeconds(920), ban.get().until());
        assertTrue(list.isBanned(scanner, START.plusSeconds(919)));
        assertFalse(list.isBanned(ip("198.51.100.8"), START.plusSeconds(30)));
        assertFalse("the ban ends on time", list.isBanned(scanner, START.plusSeconds(920)));
        assertEquals(List.of(), list.current(START.plusSeconds(921)));
    }

    @Test
    public void failuresSpreadWiderThanTheWindowNeverBan() throws Exception {
        BanList list = new BanList(policy(true));
        InetAddress phone = ip("198.51.100.7");
        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.empty(), list.failure(phone, START.plusSeconds(31L * i))); // one every 31 s
        }
        assertFalse(list.isBanned(phone, START.plusSeconds(620)));
    }

    @Test
    public void allowListedAddressesAreNeverBanned() throws Exception {
        BanList list = new BanList(policy(true, "127.0.0.0/8", "::1"));
        for (int i = 0; i < 10; i++) {
            list.failure(ip("127.0.0.1"), START);
            list.failure(ip("::1"), START);
        }
        assertFalse(list.isBanned(ip("127.0.0.1"), START));
        assertFalse(list.isBanned(ip("::1"), START));
    }

    @Test
    public void liftingEndsABanAndTheCountStartsAgain() throws Exception {
        BanList list = new BanList(policy(true));
        InetAddress scanner = ip("2001:db8::7");
        for (int i = 0; i < 3; i++) {
            list.failure(scanner, START);
        }
        assertTrue(list.lift(scanner));
        assertFalse(list.isBanned(scanner, START));
        assertFalse(list.lift(scanner));
        assertEquals(Optional.empty(), list.failure(scanner, START));
    }

    @Test
    public void turningBansOffLiftsThemAll() throws Exception {
        BanList list = new BanList(policy(true));
        for (int i = 0; i < 3; i++) {
            list.failure(ip("198.51.100.7"), START);
        }
        list.policy(policy(false));
        assertFalse(list.isBanned(ip("198.51.100.7"), START));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), list.failure(ip("198.51.100.7"), START));
        }
    }
}
