package org.asterism.sip.logger.internal;

import org.asterism.sip.api.SipMessageTrace;
import org.asterism.sip.api.config.HostText;

/** Frames a message the way Asterisk's res_pjsip_logger does, so operators' grep patterns keep working. */
final class TraceFormatter {

    private TraceFormatter() {
    }

    static String format(SipMessageTrace trace) {
        boolean received = trace.direction() == SipMessageTrace.Direction.RECEIVED;
        return "<--- " + (received ? "Received" : "Transmitting") + " SIP " + (trace.request() ? "request" : "response")
                + " (" + trace.length() + " bytes) " + (received ? "from " : "to ") + trace.transport() + ":" + HostText.hostPort(trace.remote())
                + " --->\n" + trace.text();
    }
}
