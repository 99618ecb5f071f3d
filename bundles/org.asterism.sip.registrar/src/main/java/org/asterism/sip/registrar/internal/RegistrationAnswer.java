package org.asterism.sip.registrar.internal;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import javax.sip.header.ContactHeader;
import javax.sip.header.DateHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Response;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.location.Contact;

/**
 * The 200 OK to a REGISTER: every current binding with its remaining expiry, then the AoR's static {@code contact=} URIs
 * without one (RFC 3261 §10.3 step 8 asks for all current bindings; Asterisk lists its permanent contacts the same way),
 * a Date, and the Path stored (RFC 3327).
 */
final class RegistrationAnswer {

    private RegistrationAnswer() {
    }

    static Response ok(SipRequestContext request, List<Contact> contacts, Aor aor, Instant now) {
        Response response = request.createResponse(Response.OK);
        HeaderFactory headers = request.headerFactory();
        try {
            for (Contact contact : contacts) {
                ContactHeader header = headers.createContactHeader(request.addressFactory().createAddress(
                        request.addressFactory().createURI(contact.uri())));
                header.setExpires((int) Math.max(0, Duration.between(now, contact.expiresAt()).toSeconds()));
                response.addHeader(header);
            }
            for (String permanent : aor.contacts()) {
                if (contacts.stream().noneMatch(contact -> contact.uri().equals(permanent))) {
                    response.addHeader(headers.createContactHeader(request.addressFactory().createAddress(
                            request.addressFactory().createURI(permanent))));
                }
            }
            Calendar date = Calendar.getInstance(TimeZone.getTimeZone("GMT"));
            date.setTimeInMillis(now.toEpochMilli());
            DateHeader dateHeader = headers.createDateHeader(date);
            response.addHeader(dateHeader);
            if (aor.supportPath() && !contacts.isEmpty() && !contacts.get(0).path().isEmpty()) {
                for (String hop : contacts.get(0).path()) {
                    response.addHeader(headers.createHeader("Path", hop));
                }
                response.addHeader(headers.createSupportedHeader("path"));
            }
        } catch (ParseException | javax.sip.InvalidArgumentException e) {
            throw new IllegalStateException("REGISTER answer", e);
        }
        return response;
    }
}
