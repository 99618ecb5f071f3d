package org.asterism.sip.core.internal.screening;

import java.text.ParseException;
import java.util.Map;

import javax.sip.header.Header;
import javax.sip.message.Message;

import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.SIPHeaderList;
import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * Puts a {@link Rejection}'s headers on a response. {@code HeaderFactory.createHeader("Allow", "OPTIONS,
 * INVITE")} fails in JAIN-SIP 1.3 ("Only singleton allowed"), so each header is parsed here as a whole
 * line and every value of a list header is added.
 */
public final class RejectionHeaders {

    private RejectionHeaders() {
    }

    /**
     * Adds every header of the rejection to the message, in order.
     *
     * @throws ParseException if a header cannot be parsed; the headers before it have been added
     */
    public static void addTo(Message message, Rejection rejection) throws ParseException {
        for (Map.Entry<String, String> header : rejection.headers().entrySet()) {
            SIPHeader parsed = StringMsgParser.parseSIPHeader(header.getKey() + ": " + header.getValue());
            if (parsed instanceof SIPHeaderList<?> list) {
                if (list.isEmpty()) {
                    message.addHeader(emptyOf(list));
                } else {
                    for (SIPHeader value : list) {
                        message.addHeader(value);
                    }
                }
            } else {
                message.addHeader(parsed);
            }
        }
    }

    /** An empty list header (e.g. {@code Accept:} with no types) is one value-less header of its kind. */
    private static Header emptyOf(SIPHeaderList<?> list) throws ParseException {
        try {
            return (Header) list.getMyClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ParseException("Cannot make an empty " + list.getHeaderName() + " header: " + e, 0);
        }
    }
}
