package org.asterism.sip.api.security;

import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.config.HostText;

/**
 * The NOTICE Asterisk's distributor logs for a refused request, word for word, so log watchers written for
 * Asterisk (fail2ban's stock {@code asterisk} filter) read Asterism's log too:
 * {@code Request 'REGISTER' from '<sip:100@192.0.2.1>' failed for '192.0.2.9:5060' (callid: abc) - No matching endpoint found}.
 */
public final class FailedRequestNotice {

    public static final String NO_MATCHING_ENDPOINT = "No matching endpoint found";
    public static final String FAILED_TO_AUTHENTICATE = "Failed to authenticate";

    private FailedRequestNotice() {
    }

    public static String text(SipRequestContext request, String reason) {
        CallIdHeader callId = (CallIdHeader) request.request().getHeader(CallIdHeader.NAME);
        return "Request '" + request.method() + "' from '" + from(request) + "' failed for '" + HostText.hostPort(request.source())
                + "' (callid: " + (callId == null ? "" : callId.getCallId()) + ") - " + reason;
    }

    /** The From as pjsip prints it in a From/To context: {@code "Name" <sip:user@host>}. */
    private static String from(SipRequestContext request) {
        FromHeader from = (FromHeader) request.request().getHeader(FromHeader.NAME);
        if (from == null) {
            return "";
        }
        Address address = from.getAddress();
        String name = address.getDisplayName();
        return (name == null || name.isEmpty() ? "" : "\"" + name + "\" ") + "<" + address.getURI() + ">";
    }

}
