package org.asterism.security.log.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;

import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;
import org.junit.Test;

public class SecurityEventLineTest {

    private static final Instant TIME = Instant.parse("2026-11-22T10:15:30.123Z");
    private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.1", 5060);
    private static final InetSocketAddress REMOTE = new InetSocketAddress("198.51.100.7", 5062);

    /** fail2ban's stock filter.d/asterisk.conf rule for security events, with <HOST> as a named group. */
    private static final Pattern FAIL2BAN = Pattern.compile("^SecurityEvent=\"(?:FailedACL|InvalidAccountID|ChallengeResponseFailed"
            + "|InvalidPassword)\"(?:(?:,(?!RemoteAddress=)\\w+=\"[^\"]*\")*|.*?),RemoteAddress=\"IPV[46]/[^/\"]+/"
            + "(?<host>[^/\"]+)/\\d+\"(?:,(?!RemoteAddress=)\\w+=\"[^\"]*\")*$");

    private final SecurityEventLine line = new SecurityEventLine(ZoneOffset.UTC);

    private static SecurityEvent event(SecurityEventType type, String account, Map<String, String> details) {
        return new SecurityEvent(type, TIME, "PJSIP", account, "abc@198.51.100.7", "UDP", LOCAL, REMOTE, details);
    }

    @Test
    public void anInvalidAccountIdReadsAsAsterisksLine() {
        assertEquals("SecurityEvent=\"InvalidAccountID\",EventTV=\"2026-11-22T10:15:30.123+0000\",Severity=\"Error\","
                + "Service=\"PJSIP\",EventVersion=\"1\",AccountID=\"admin\",SessionID=\"abc@198.51.100.7\","
                + "LocalAddress=\"IPV4/UDP/192.0.2.1/5060\",RemoteAddress=\"IPV4/UDP/198.51.100.7/5062\"",
                line.format(event(SecurityEventType.INVALID_ACCOUNT_ID, "admin", Map.of())));
    }

    @Test
    public void typeFieldsFollowInAsterisksOrderAndRequiredOnesAreNeverLeftOut() {
        String failed = line.format(event(SecurityEventType.CHALLENGE_RESPONSE_FAILED, "6001", Map.of("Response", "abc")));
        assertTrue(failed, failed.endsWith(",Challenge=\"\",Response=\"abc\",ExpectedResponse=\"\""));
        String password = line.format(event(SecurityEventType.INVALID_PASSWORD, "6001", Map.of("ReceivedHash", "f00")));
        assertTrue(password, password.contains("EventVersion=\"2\""));
        assertTrue(password, password.endsWith("RemoteAddress=\"IPV4/UDP/198.51.100.7/5062\",ReceivedHash=\"f00\""));
        String success = line.format(event(SecurityEventType.SUCCESSFUL_AUTH, "6001", Map.of("UsingPassword", "1")));
        assertTrue(success, success.contains("Severity=\"Informational\"") && success.endsWith(",UsingPassword=\"1\""));
    }

    @Test
    public void ipv6AddressesAreMarkedAsSuch() {
        assertEquals("IPV6/TCP/2001:db8::1/5061",
                SecurityEventLine.address("TCP", new InetSocketAddress("2001:db8::1", 5061)));
    }

    @Test
    public void failuresMatchFail2bansStockFilterAndNameTheRealSource() {
        for (SecurityEventType type : SecurityEventType.values()) {
            var matcher = FAIL2BAN.matcher(line.format(event(type, "6001", Map.of())));
            assertEquals(type.toString(), type.isFailure(), matcher.matches());
            if (type.isFailure()) {
                assertEquals("198.51.100.7", matcher.group("host"));
            }
        }
    }

    @Test
    public void aQuoteInAnAccountIdCannotForgeARemoteAddressForFail2ban() {
        String forged = "x\",RemoteAddress=\"IPV4/UDP/203.0.113.50/5060";
        String text = line.format(event(SecurityEventType.INVALID_ACCOUNT_ID, forged, Map.of()));
        var matcher = FAIL2BAN.matcher(text);
        assertTrue(text, matcher.matches());
        assertEquals("198.51.100.7", matcher.group("host"));
        assertFalse(text, text.contains("RemoteAddress=\"IPV4/UDP/203.0.113.50"));
    }
}
