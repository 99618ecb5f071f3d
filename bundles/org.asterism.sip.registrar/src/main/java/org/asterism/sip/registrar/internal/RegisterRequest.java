package org.asterism.sip.registrar.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.Header;
import javax.sip.header.OptionTag;
import javax.sip.header.RequireHeader;
import javax.sip.header.SupportedHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * What a REGISTER asks for (RFC 3261 §10.2): the AoR named by the To URI, the contacts to bind or
 * remove, a wildcard, the Path it came by, the option tags it supports and requires (lower case), and what
 * identifies the registering client.
 */
record RegisterRequest(String aorUser, String domain, List<RequestedBinding> bindings, boolean wildcard, int expiresHeader,
        List<String> path, Set<String> supported, Set<String> required, String callId, long cseq, Optional<String> userAgent,
        Optional<String> viaAddress) {

    /** The request does not say what a REGISTER must say. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String reason) {
            super(reason);
        }
    }

    RegisterRequest {
        bindings = List.copyOf(bindings);
        path = List.copyOf(path);
        supported = Set.copyOf(supported);
        required = Set.copyOf(required);
    }

    /** Whether the request only asks for the current bindings (no Contact at all). */
    boolean isQuery() {
        return bindings.isEmpty() && !wildcard;
    }

    static RegisterRequest parse(Request request) throws Malformed {
        URI to = ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI();
        if (!(to instanceof SipURI sipTo) || sipTo.getUser() == null || sipTo.getUser().isEmpty()) {
            throw new Malformed("To URI names no user");
        }
        ExpiresHeader expires = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        List<RequestedBinding> bindings = new ArrayList<>();
        boolean wildcard = false;
        ListIterator<Header> contacts = request.getHeaders(ContactHeader.NAME);
        while (contacts.hasNext()) {
            ContactHeader contact = (ContactHeader) contacts.next();
            if (contact.isWildCard() || contact.getAddress() == null) {
                wildcard = true;
            } else {
                bindings.add(new RequestedBinding(contact.getAddress().getURI().toString(), contact.getExpires()));
            }
        }
        if (wildcard && (!bindings.isEmpty() || expires == null || expires.getExpires() != 0)) {
            // RFC 3261 §10.3 step 6: "*" only with Expires: 0 and no other Contact
            throw new Malformed("Contact: * needs Expires: 0 and no other Contact");
        }
        List<String> path = new ArrayList<>();
        ListIterator<Header> paths = request.getHeaders("Path");
        while (paths.hasNext()) {
            String value = paths.next().toString();
            path.add(value.substring(value.indexOf(':') + 1).trim());
        }
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        UserAgentHeader agent = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        return new RegisterRequest(sipTo.getUser(), sipTo.getHost(), bindings, wildcard, expires == null ? -1 : expires.getExpires(),
                path, optionTags(request, SupportedHeader.NAME), optionTags(request, RequireHeader.NAME),
                ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber(),
                Optional.ofNullable(agent).map(header -> String.join(" ", iterable(header.getProduct()))),
                Optional.ofNullable(via).map(header -> header.getHost() + ":" + (header.getPort() > 0 ? header.getPort() : 5060)));
    }

    /** The option tags of every Supported or Require header (comma lists split by the parser), lower case. */
    private static Set<String> optionTags(Request request, String headerName) {
        Set<String> tags = new LinkedHashSet<>();
        ListIterator<Header> headers = request.getHeaders(headerName);
        while (headers.hasNext()) {
            if (headers.next() instanceof OptionTag tag && tag.getOptionTag() != null) {
                tags.add(tag.getOptionTag().trim().toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }

    private static List<String> iterable(ListIterator<?> parts) {
        List<String> words = new ArrayList<>();
        parts.forEachRemaining(part -> words.add(part.toString()));
        return words;
    }
}
