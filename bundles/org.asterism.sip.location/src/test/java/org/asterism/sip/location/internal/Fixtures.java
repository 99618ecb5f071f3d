package org.asterism.sip.location.internal;

import static org.junit.Assert.fail;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.asterism.sip.api.location.Contact;

/** Contacts, a clock the test moves, and waiting on a condition. */
final class Fixtures {

    private Fixtures() {
    }

    /** A contact as a plain REGISTER from a phone leaves it. */
    static Contact contact(String aor, String uri, Instant expiresAt) {
        return new Contact(aor, uri, expiresAt, List.of(), Optional.of("Test Phone 1.0"), Optional.of(aor),
                Optional.of("192.0.2.10:5060"), Optional.of("call-" + uri), 1, Optional.empty(), 0, 3.0, false,
                Optional.empty());
    }

    /** A contact with every field set, an IPv6 source among them. */
    static Contact everyField(String aor, String uri, Instant expiresAt) {
        return new Contact(aor, uri, expiresAt, List.of("<sip:edge1.example.com;lr>", "<sip:edge2.example.com;lr>"),
                Optional.of("Acme SoftPhone/7.2 (ü)"), Optional.of("endpoint-" + aor), Optional.of("[2001:db8::10]:5062"),
                Optional.of("a84b4c76e66710@pc33.example.com"), 314159,
                Optional.of(new InetSocketAddress("2001:db8::10", 5062)), 60, 2.5, true,
                Optional.of("sip:proxy.example.com;lr"));
    }

    static void waitFor(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + timeout.toMillis() + " ms for: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** A clock that stands still unless the test moves it. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
