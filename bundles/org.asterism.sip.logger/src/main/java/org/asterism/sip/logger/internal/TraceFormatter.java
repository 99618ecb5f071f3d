package org.asterism.sip.logger.internal;

import org.asterism.sip.api.SipMessageTrace;

/** Frames a message the way Asterisk's res_pjsip_logger does, so operators' grep patterns keep working. */
final class TraceFormatter {

    private TraceFormatter() {
    }

    static String format(SipMessageTrace trace) {
        boolean received = trace.direction() == SipMessageTrace.Direction.RECEIVED;
        String host = trace.remote().getAddress() != null ? trace.remote().getAddress().getHostAddress() : trace.remote().getHostString();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return "<--- " + (received ? "Received" : "Transmitting") + " SIP " + (trace.request() ? "request" : "response")
                + " (" + trace.length() + " bytes) " + (received ? "from " : "to ") + trace.transport() + ":" + host + ":"
                + trace.remote().getPort() + " --->\n" + trace.text();
    }
}
