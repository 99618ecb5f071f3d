package org.asterism.sip.security.internal;

import java.net.InetAddress;
import java.time.Instant;

/** An address ignored from {@code since} until {@code until}, after {@code failures} failures. */
record Ban(InetAddress address, Instant since, Instant until, int failures) {
}
