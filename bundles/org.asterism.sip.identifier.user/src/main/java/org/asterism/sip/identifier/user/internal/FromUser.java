package org.asterism.sip.identifier.user.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;

/**
 * The user and host of a request's From URI, read as Asterisk reads them: only a {@code sip:} or
 * {@code sips:} URI counts, percent-escapes in the user part are decoded (pjsip's parser does this, so
 * {@code sip:%61lice@host} names "alice"), and with {@code ignore_uri_user_options} the user stops at the
 * first {@code ;}. IPv6 hosts lose their brackets, as pjsip stores them.
 */
final class FromUser {

    private FromUser() {
    }

    static Optional<ClaimedIdentity> of(Request request, boolean ignoreUriUserOptions) {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        Address address = from == null ? null : from.getAddress();
        if (address == null || !(address.getURI() instanceof SipURI uri) || uri.getUser() == null) {
            return Optional.empty();
        }
        String user = unescape(uri.getUser());
        if (ignoreUriUserOptions) {
            int semicolon = user.indexOf(';');
            if (semicolon >= 0) {
                user = user.substring(0, semicolon);
            }
        }
        return user.isEmpty() ? Optional.empty() : Optional.of(new ClaimedIdentity(user, bareHost(uri.getHost())));
    }

    /** Decodes {@code %XX} escapes as UTF-8 bytes; a {@code %} not followed by two hex digits stays as it is. */
    static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int high = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw[i + 2], 16);
            if (low < 0) {
                bytes.write(raw[i]);
            } else {
                bytes.write(high << 4 | low);
                i += 2;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String bareHost(String host) {
        if (host == null) {
            return "";
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
