package org.asterism.sip.caller.id.internal;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Request;

import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts our identity on a request we send, as res_pjsip_caller_id's add_id_headers: nothing unless the identity has a
 * number and may be shown (ast_sip_can_present_connected_id: {@code trust_id_outbound}, or not restricted); then
 * P-Asserted-Identity with a {@code Privacy: id} header when restricted ({@code send_pai}), and Remote-Party-ID with
 * {@code party}, {@code privacy} and {@code screen} parameters ({@code send_rpid}). Each is built on the request's
 * From URI with the number as its user and the name as display name, replacing any such header already there.
 */
final class IdentityHeaders {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityHeaders.class);
    /** The host Asterisk gives an anonymised From; the identity headers carry the real one. */
    private static final String ANONYMOUS_HOST = "anonymous.invalid";

    private final HeaderFactory headers;

    IdentityHeaders(HeaderFactory headers) {
        this.headers = headers;
    }

    /** @param calling whether we are the caller of the dialog (Remote-Party-ID's party=calling, else called) */
    void add(Request request, PartyIdentity id, Endpoint endpoint, boolean calling) {
        if (id == null || !canPresent(id, endpoint)) {
            return;
        }
        try {
            Optional<String> address = address(request, id, endpoint);
            if (address.isEmpty()) {
                return;
            }
            if (endpoint.sendPai()) {
                request.removeHeader(IdentityReader.PAI);
                request.addHeader(headers.createHeader(IdentityReader.PAI, address.get()));
                privacy(request, id);
            }
            if (flag(endpoint.options(), "send_rpid", false)) {
                request.removeHeader(IdentityReader.RPID);
                request.addHeader(headers.createHeader(IdentityReader.RPID, address.get() + ";party="
                        + (calling ? "calling" : "called") + ";privacy=" + (id.restricted() ? "full" : "off")
                        + ";screen=no"));
            }
        } catch (ParseException e) {
            LOG.warn("Unable to add identity headers for '{}' <{}>: {}", id.name(), id.number(), e.getMessage());
        }
    }

    /** ast_sip_can_present_connected_id. */
    static boolean canPresent(PartyIdentity id, Endpoint endpoint) {
        return !id.number().isEmpty() && (flag(endpoint.options(), "trust_id_outbound", false) || !id.restricted());
    }

    /** add_privacy_header: "Privacy: id" when restricted; an allowed identity takes an old Privacy header away. */
    private void privacy(Request request, PartyIdentity id) throws ParseException {
        if (!id.restricted()) {
            request.removeHeader("Privacy");
        } else if (request.getHeader("Privacy") == null) {
            request.addHeader(headers.createHeader("Privacy", "id"));
        }
    }

    /** "Name" &lt;sip:number@host&gt; on the From URI (create_new_id_hdr). */
    private static Optional<String> address(Request request, PartyIdentity id, Endpoint endpoint) throws ParseException {
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        if (from == null || !(from.getAddress().getURI() instanceof SipURI fromUri)) {
            return Optional.empty();
        }
        SipURI uri = (SipURI) fromUri.clone();
        uri.setUser(id.number());
        if (ANONYMOUS_HOST.equalsIgnoreCase(uri.getHost())) {
            uri.setHost(endpoint.fromDomain().orElseGet(() -> contactHost(request).orElse(ANONYMOUS_HOST)));
        }
        String text = "<" + uri + ">";
        return Optional.of(id.name().isEmpty() ? text : "\"" + escapeQuoted(id.name()) + "\" " + text);
    }

    private static Optional<String> contactHost(Request request) {
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        if (contact != null && contact.getAddress().getURI() instanceof SipURI uri) {
            return Optional.ofNullable(uri.getHost());
        }
        return Optional.empty();
    }

    /** ast_escape_quoted: a backslash before what a quoted-string may not hold bare ('"', '\', controls). */
    static String escapeQuoted(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            boolean plain = c == '\t' || c == 0x0b || c == ' ' || c == '!' || (c >= '#' && c <= '[')
                    || (c >= ']' && c <= '~') || c > 0x7f;
            if (!plain) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A yes/no endpoint option as the configuration gives it; {@code otherwise} when absent. */
    static boolean flag(Map<String, String> options, String option, boolean otherwise) {
        String value = options.get(option);
        if (value == null) {
            return otherwise;
        }
        return value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")
                || value.equals("1");
    }
}
