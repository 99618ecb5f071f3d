package org.asterism.sip.core.internal.security;

import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;
import org.asterism.sip.testing.FakeRequestContext;
import org.asterism.sip.testing.MapConfigStore;
import org.junit.Test;

public class UnidentifiedRequestsTest {

    private static final InetSocketAddress SCANNER = new InetSocketAddress("192.0.2.66", 5060);

    private final List<SecurityEvent> events = new CopyOnWriteArrayList<>();
    private final SecurityEventBus bus = new SecurityEventBus();
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    {
        bus.addListener(events::add);
    }

    private UnidentifiedRequests tracker(MapConfigStore config) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new UnidentifiedRequests(config, bus, clock);
    }

    private static FakeRequestContext fromScanner() {
        return FakeRequestContext.request("sip:asterism@192.0.2.1", "sip:admin@192.0.2.66", SCANNER);
    }

    @Test
    public void withoutAuthUsernameIdentificationEveryUnidentifiedRequestIsReported() {
        UnidentifiedRequests tracker = tracker(new MapConfigStore().endpoint("6001", "username"));
        tracker.unidentified(fromScanner());
        tracker.unidentified(fromScanner());
        assertEquals(2, events.size());
        SecurityEvent event = events.get(0);
        assertEquals(SecurityEventType.INVALID_ACCOUNT_ID, event.type());
        assertEquals("admin", event.accountId());
        assertEquals("a84b4c76e66710@192.0.2.10", event.sessionId());
        assertEquals(SCANNER, event.remote());
        assertEquals("PJSIP", event.service());
    }

    @Test
    public void withAuthUsernameIdentificationAnAddressIsReportedFromItsFifthTryWithinThePeriod() {
        UnidentifiedRequests tracker = tracker(new MapConfigStore().endpoint("6001", "auth_username"));
        for (int i = 0; i < 4; i++) {
            tracker.unidentified(fromScanner());
        }
        assertEquals("a phone's first REGISTER is unidentifiable until it carries credentials", 0, events.size());
        tracker.unidentified(fromScanner());
        assertEquals(1, events.size());
    }

    @Test
    public void anIdentifiedRequestClearsTheCountAndTriesSpreadBeyondThePeriodAreNotReported() {
        UnidentifiedRequests tracker = tracker(new MapConfigStore().endpoint("6001", "auth_username"));
        for (int i = 0; i < 4; i++) {
            tracker.unidentified(fromScanner());
        }
        tracker.identified(SCANNER);
        tracker.unidentified(fromScanner());
        assertEquals(0, events.size());

        for (int i = 0; i < 5; i++) {
            now = now.plusSeconds(2); // five tries, but over eight seconds, beyond the 5 s period
            tracker.unidentified(fromScanner());
        }
        assertEquals(0, events.size());
    }

    @Test
    public void aReloadThatAddsAuthUsernameIdentificationStartsCounting() {
        UnidentifiedRequests tracker = tracker(new MapConfigStore().endpoint("6001", "username"));
        tracker.configChanged(new MapConfigStore().endpoint("6001", "username", "auth_username"));
        tracker.unidentified(fromScanner());
        assertEquals(0, events.size());
    }
}
