package org.asterism.sip.caller.id.internal;

import java.text.ParseException;
import java.util.Optional;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.ExtensionHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;

import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.session.api.PartyIdentity;

/**
 * Reads who a party is from a message, as res_pjsip.c's set_id_from_pai, set_id_from_rpid and set_id_from_from do:
 * an identity header is parsed as if it were a From header; the number is the URI's user (a tel: URI's number), cut at
 * the first ';'; an identity without a number does not count.
 */
final class IdentityReader {

    static final String PAI = "P-Asserted-Identity";
    static final String RPID = "Remote-Party-ID";

    private final HeaderFactory headers;

    IdentityReader(HeaderFactory headers) {
        this.headers = headers;
    }

    /**
     * The caller of an initial INVITE (ast_sip_set_id_from_invite): when the endpoint has {@code trust_id_inbound},
     * P-Asserted-Identity, else Remote-Party-ID; otherwise (or when neither names a number) the endpoint's
     * {@code callerid} if it has a number, else From, with the privacy {@code callerid_privacy} gives.
     */
    PartyIdentity caller(Message invite, Endpoint endpoint) {
        if (endpoint.trustIdInbound()) {
            Optional<PartyIdentity> asserted = connectedLine(invite);
            if (asserted.isPresent()) {
                return asserted.get();
            }
        }
        ConfiguredCallerId configured = ConfiguredCallerId.of(endpoint);
        if (!configured.number().isEmpty()) {
            return new PartyIdentity(configured.name(), configured.number(), configured.restricted());
        }
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        if (from == null) {
            return new PartyIdentity(configured.name(), "", configured.restricted());
        }
        return new PartyIdentity(name(from.getAddress()), number(from.getAddress().getURI()), configured.restricted());
    }

    /** P-Asserted-Identity, else Remote-Party-ID (ast_sip_set_id_connected_line). */
    Optional<PartyIdentity> connectedLine(Message message) {
        Optional<PartyIdentity> asserted = pai(message);
        return asserted.isPresent() ? asserted : rpid(message);
    }

    /** P-Asserted-Identity: restricted unless there is no Privacy header or it says "none". */
    private Optional<PartyIdentity> pai(Message message) {
        Optional<FromHeader> pai = asFrom(message.getHeader(PAI));
        if (pai.isEmpty()) {
            return Optional.empty();
        }
        String number = number(pai.get().getAddress().getURI());
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> privacy = Optional.ofNullable(message.getHeader("Privacy")).map(IdentityReader::value);
        boolean restricted = privacy.isPresent() && !privacy.get().equalsIgnoreCase("none");
        return Optional.of(new PartyIdentity(name(pai.get().getAddress()), number, restricted));
    }

    /** Remote-Party-ID: restricted when its privacy parameter is "full". */
    private Optional<PartyIdentity> rpid(Message message) {
        Optional<FromHeader> rpid = asFrom(message.getHeader(RPID));
        if (rpid.isEmpty()) {
            return Optional.empty();
        }
        String number = number(rpid.get().getAddress().getURI());
        if (number.isEmpty()) {
            return Optional.empty();
        }
        boolean restricted = "full".equalsIgnoreCase(rpid.get().getParameter("privacy"));
        return Optional.of(new PartyIdentity(name(rpid.get().getAddress()), number, restricted));
    }

    /** The header's value parsed as a From header (get_id_header), the first of a comma-separated list. */
    private Optional<FromHeader> asFrom(Header header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((FromHeader) headers.createHeader(FromHeader.NAME, firstValue(value(header))));
        } catch (ParseException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** A header's value, whatever class the stack parsed it into. */
    static String value(Header header) {
        if (header instanceof ExtensionHeader extension) {
            return extension.getValue().trim();
        }
        String text = header.toString().trim();
        int colon = text.indexOf(':');
        return colon < 0 ? text : text.substring(colon + 1).trim();
    }

    /** Up to the first comma outside quotes and angle brackets. */
    private static String firstValue(String value) {
        boolean quoted = false;
        int angle = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>') {
                angle--;
            } else if (!quoted && angle == 0 && c == ',') {
                return value.substring(0, i).trim();
            }
        }
        return value;
    }

    private static String name(Address address) {
        return Optional.ofNullable(address.getDisplayName()).orElse("");
    }

    /** ast_sip_pjsip_uri_get_username, always cut at a semicolon ("1235557890;phone-context=national"). */
    static String number(URI uri) {
        String user = "";
        if (uri instanceof SipURI sip) {
            user = Optional.ofNullable(sip.getUser()).orElse("");
        } else if (uri instanceof TelURL tel) {
            user = (tel.isGlobal() ? "+" : "") + Optional.ofNullable(tel.getPhoneNumber()).orElse("");
        }
        int semicolon = user.indexOf(';');
        return semicolon < 0 ? user : user.substring(0, semicolon);
    }
}
