package org.asterism.sip.logger.internal;

import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;

import org.asterism.sip.api.SipMessageTrace;
import org.asterism.sip.api.SipMessageTrace.Direction;
import org.junit.Test;

public class TraceFormatterTest {

    private static final String OPTIONS = "OPTIONS sip:127.0.0.1 SIP/2.0\r\n\r\n";

    @Test
    public void receivedRequestsAreFramedAsAsteriskFramesThem() {
        SipMessageTrace trace = new SipMessageTrace(Direction.RECEIVED, "UDP", new InetSocketAddress("127.0.0.1", 5061), true, OPTIONS, 541);
        assertEquals("<--- Received SIP request (541 bytes) from UDP:127.0.0.1:5061 --->\n" + OPTIONS, TraceFormatter.format(trace));
    }

    @Test
    public void sentResponsesNameTheirDestination() {
        SipMessageTrace trace = new SipMessageTrace(Direction.SENT, "TCP", new InetSocketAddress("127.0.0.2", 5060), false, "SIP/2.0 200 OK\r\n\r\n", 543);
        assertEquals("<--- Transmitting SIP response (543 bytes) to TCP:127.0.0.2:5060 --->\nSIP/2.0 200 OK\r\n\r\n", TraceFormatter.format(trace));
    }

    @Test
    public void ipv6PeersAreBracketed() {
        SipMessageTrace trace = new SipMessageTrace(Direction.RECEIVED, "UDP", new InetSocketAddress("::1", 5062), true, OPTIONS, 10);
        assertEquals("<--- Received SIP request (10 bytes) from UDP:[::1]:5062 --->\n" + OPTIONS, TraceFormatter.format(trace));
    }
}
