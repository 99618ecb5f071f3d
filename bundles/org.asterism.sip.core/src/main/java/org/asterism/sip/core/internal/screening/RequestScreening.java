package org.asterism.sip.core.internal.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentDispositionHeader;
import javax.sip.header.ContentEncodingHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.address.AddressImpl;
import gov.nist.javax.sip.message.SIPRequest;

/**
 * Decides whether a request that the stack has parsed may be dispatched, or must be refused first, by
 * the checks of RFC 3261 §8.2 in the RFC's order: the method (§8.2.1), then the header fields (§8.2.2:
 * Request-URI, the well-formedness the parser let through, Max-Forwards, Require), then the body
 * (§8.2.3) and what the response may carry (Accept). The first check that fails decides.
 *
 * <p>JAIN-SIP has already refused what it could not parse, and has silently repaired some errors on
 * the way (a duplicated From is dropped, the version of the request line is forced to SIP/2.0...).
 * Where the parsed request still shows evidence of an error, it is refused here; where it does not,
 * nothing here can tell (see Rfc4475ConformanceTest for the list).
 *
 * <p>Stateless and thread-safe.
 */
public final class RequestScreening {

    private static final String SIP_2_0 = "SIP/2.0";
    private static final Set<String> URI_SCHEMES = Set.of("sip", "sips", "tel");
    private static final List<String> MANDATORY = List.of(ViaHeader.NAME, FromHeader.NAME, ToHeader.NAME,
            CallIdHeader.NAME, CSeqHeader.NAME);
    /** Requests that can establish a dialog: exactly one Contact (RFC 3261 §8.1.1.8, RFC 6665, RFC 3515). */
    private static final Set<String> DIALOG_CREATING = Set.of(Request.INVITE, Request.SUBSCRIBE, Request.REFER);
    /** CSeq sequence numbers are 32-bit unsigned (RFC 3261 §8.1.1.5, §20.16). */
    private static final long MAX_CSEQ = 0xFFFF_FFFFL;
    /** The body type a successful answer to the method carries, which the request's Accept must allow. */
    private static final Map<String, String[]> ANSWER_BODY = Map.of(Request.INVITE, new String[] {"application", "sdp"});
    private static final ServerCapabilities NOTHING = new ServerCapabilities(Set.of(), Set.of(), Set.of());

    @FunctionalInterface
    private interface Check {
        Rejection refusal(Request request, ServerCapabilities capabilities);
    }

    /** The checks, in the order they are made. */
    private static final List<Check> CHECKS = List.of(
            RequestScreening::version,
            RequestScreening::method,                 // §8.2.1
            RequestScreening::requestUriScheme,       // §8.2.2.1
            RequestScreening::requestUriHeaders,
            RequestScreening::mandatoryHeaders,
            RequestScreening::malformedHeaders,
            RequestScreening::singleContact,
            RequestScreening::bracketlessUriHeaders,
            RequestScreening::cseq,
            RequestScreening::maxForwards,
            RequestScreening::require,                // §8.2.2.3
            RequestScreening::body,                   // §8.2.3
            RequestScreening::accept);

    /**
     * RFC 3261 §8.2 checks in the RFC's order; empty means "dispatch it". An ACK is never refused (it
     * is never answered). Never throws: if a check itself fails, the answer is a 500 naming the screening.
     */
    public Optional<Rejection> screen(Request request, ServerCapabilities capabilities) {
        try {
            if (Request.ACK.equals(request.getMethod())) {
                return Optional.empty();
            }
            ServerCapabilities can = capabilities == null ? NOTHING : capabilities;
            for (Check check : CHECKS) {
                Rejection refusal = check.refusal(request, can);
                if (refusal != null) {
                    return Optional.of(refusal);
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Rejection.of(Response.SERVER_INTERNAL_ERROR,
                    "Server Internal Error (request screening failed: " + ReasonPhrases.quote(e.getClass().getSimpleName()) + ")"));
        }
    }

    /**
     * 505 for a version other than SIP/2.0. NIST's parser forces every request line to SIP/2.0 (its
     * {@code Parser.sipVersion()} creates the "Expecting SIP/2.0" exception but never throws it), so the
     * request line is checked in case that is fixed, and the topmost Via's sent-protocol, which the
     * sender wrote with its own version (RFC 3261 §8.1.1.7), is the evidence that is left.
     */
    private static Rejection version(Request request, ServerCapabilities capabilities) {
        if (request instanceof SIPRequest sip && sip.getRequestLine() != null) {
            String version = sip.getRequestLine().getSipVersion();
            if (version != null && !SIP_2_0.equalsIgnoreCase(version)) {
                return Rejection.of(Response.VERSION_NOT_SUPPORTED, "Version Not Supported (" + ReasonPhrases.quote(version) + ")");
            }
        }
        if (request.getHeader(ViaHeader.NAME) instanceof ViaHeader via) {
            String protocol = via.getProtocol();
            if (protocol != null && !SIP_2_0.equalsIgnoreCase(protocol.replace(" ", ""))) {
                return Rejection.of(Response.VERSION_NOT_SUPPORTED,
                        "Version Not Supported (Via says " + ReasonPhrases.quote(protocol) + ")");
            }
        }
        return null;
    }

    /** §8.2.1: 501 for a method nobody here knows, 405 with Allow for one no loaded module answers. */
    private static Rejection method(Request request, ServerCapabilities capabilities) {
        String method = request.getMethod();
        if (!StandardMethods.isStandard(method)) {
            return Rejection.of(Response.NOT_IMPLEMENTED, "Not Implemented (method " + ReasonPhrases.quote(method) + ")",
                    "Allow", capabilities.allowValue());
        }
        if (!capabilities.allows(method)) {
            return Rejection.of(Response.METHOD_NOT_ALLOWED, "Method Not Allowed (" + method + ")",
                    "Allow", capabilities.allowValue());
        }
        return null;
    }

    /** §8.2.2.1: 416 for a Request-URI scheme other than sip, sips or tel. */
    private static Rejection requestUriScheme(Request request, ServerCapabilities capabilities) {
        URI uri = request.getRequestURI();
        if (uri == null) {
            return Rejection.of(Response.BAD_REQUEST, "Missing Request-URI");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !URI_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return Rejection.of(Response.UNSUPPORTED_URI_SCHEME, "Unsupported URI Scheme (" + ReasonPhrases.quote(scheme) + ")");
        }
        return null;
    }

    /** Headers are not allowed in a Request-URI (RFC 3261 §19.1.1 table; RFC 4475 §3.1.2.11). */
    private static Rejection requestUriHeaders(Request request, ServerCapabilities capabilities) {
        if (request.getRequestURI() instanceof SipURI sip && sip.getHeaderNames() != null && sip.getHeaderNames().hasNext()) {
            return Rejection.of(Response.BAD_REQUEST, "Request-URI must not contain headers");
        }
        return null;
    }

    /** Via, From, To, Call-ID and CSeq must be present (RFC 3261 §8.1.1). Max-Forwards may be absent (RFC 2543 peers). */
    private static Rejection mandatoryHeaders(Request request, ServerCapabilities capabilities) {
        List<String> missing = new ArrayList<>();
        for (String name : MANDATORY) {
            if (request.getHeader(name) == null) {
                missing.add(name);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return Rejection.of(Response.BAD_REQUEST, "Missing " + naturalList(missing) + (missing.size() == 1 ? " header" : " headers"));
    }

    /** 400 when a header the server relies on could not be parsed (kept aside by the stack, see {@link MalformedHeaders}). */
    private static Rejection malformedHeaders(Request request, ServerCapabilities capabilities) {
        List<String> malformed = MalformedHeaders.in(request);
        if (malformed.isEmpty()) {
            return null;
        }
        List<String> quoted = malformed.stream().map(ReasonPhrases::quote).toList();
        return Rejection.of(Response.BAD_REQUEST, "Malformed " + naturalList(quoted) + (quoted.size() == 1 ? " header" : " headers"));
    }

    /** A dialog-creating request carries exactly one Contact; several is "several values where one is allowed". */
    private static Rejection singleContact(Request request, ServerCapabilities capabilities) {
        if (!DIALOG_CREATING.contains(request.getMethod())) {
            return null;
        }
        int contacts = count(request.getHeaders(ContactHeader.NAME));
        if (contacts > 1) {
            return Rejection.of(Response.BAD_REQUEST, "Multiple Contact values where one is allowed (" + contacts + " in "
                    + request.getMethod() + ")");
        }
        return null;
    }

    /**
     * A URI with headers ({@code ?...}) in From, To or Contact must be in angle brackets (RFC 3261 §20;
     * RFC 4475 §3.1.2.13). NIST infers the brackets, but remembers the form the address was written in.
     */
    private static Rejection bracketlessUriHeaders(Request request, ServerCapabilities capabilities) {
        for (String name : List.of(FromHeader.NAME, ToHeader.NAME, ContactHeader.NAME)) {
            ListIterator<?> headers = request.getHeaders(name);
            while (headers != null && headers.hasNext()) {
                if (headers.next() instanceof HeaderAddress header && isBracketlessWithHeaders(header.getAddress())) {
                    return Rejection.of(Response.BAD_REQUEST, name + " URI with headers must be in angle brackets");
                }
            }
        }
        return null;
    }

    private static boolean isBracketlessWithHeaders(Address address) {
        return address instanceof AddressImpl written && written.getAddressType() == AddressImpl.ADDRESS_SPEC
                && written.getURI() instanceof SipURI uri && uri.getHeaderNames() != null && uri.getHeaderNames().hasNext();
    }

    /** The CSeq number fits 32 bits and its method is the request's, exactly (methods are case-sensitive). */
    private static Rejection cseq(Request request, ServerCapabilities capabilities) {
        CSeqHeader cseq = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
        if (cseq.getSeqNumber() < 0 || cseq.getSeqNumber() > MAX_CSEQ) {
            return Rejection.of(Response.BAD_REQUEST, "CSeq sequence number out of range");
        }
        if (!request.getMethod().equals(cseq.getMethod())) {
            return Rejection.of(Response.BAD_REQUEST, "CSeq method does not match request method");
        }
        return null;
    }

    /**
     * 483 when no hop is left. The server is the final recipient of an OPTIONS (it answers OPTIONS
     * itself, RFC 3261 §11), so an OPTIONS with Max-Forwards 0 is answered (RFC 4475 §3.3.11).
     */
    private static Rejection maxForwards(Request request, ServerCapabilities capabilities) {
        if (request.getHeader(MaxForwardsHeader.NAME) instanceof MaxForwardsHeader maxForwards
                && maxForwards.getMaxForwards() == 0 && !Request.OPTIONS.equals(request.getMethod())) {
            return Rejection.of(Response.TOO_MANY_HOPS, "Too Many Hops (Max-Forwards is 0)");
        }
        return null;
    }

    /**
     * §8.2.2.3: 420 listing the Require option tags the server does not support. A CANCEL's Require is
     * ignored. Proxy-Require is a proxy's business (RFC 3261 §20.29), and this server answers as a UAS:
     * RFC 4475 §3.3.5 has the Unsupported list come "from either the Require or Proxy-Require header
     * field, depending on the role in which the element is responding".
     */
    private static Rejection require(Request request, ServerCapabilities capabilities) {
        if (Request.CANCEL.equals(request.getMethod())) {
            return null;
        }
        Set<String> unsupported = new LinkedHashSet<>();
        ListIterator<?> requires = request.getHeaders(RequireHeader.NAME);
        while (requires != null && requires.hasNext()) {
            if (requires.next() instanceof RequireHeader require) {
                String tag = require.getOptionTag();
                if (tag != null && !tag.isBlank() && !capabilities.supportsOption(tag.trim())) {
                    unsupported.add(tag.trim());
                }
            }
        }
        if (unsupported.isEmpty()) {
            return null;
        }
        List<String> quoted = unsupported.stream().map(ReasonPhrases::quote).toList();
        return Rejection.of(Response.BAD_EXTENSION, "Bad Extension (" + String.join(", ", quoted) + ")",
                "Unsupported", String.join(", ", unsupported));
    }

    /**
     * §8.2.3: a body needs a Content-Type (RFC 3261 §20.15); an encoding other than identity is refused
     * with Accept-Encoding; a type the server does not read is refused with Accept, unless the sender
     * marked the body optional (Content-Disposition handling=optional, RFC 3261 §20.11).
     */
    private static Rejection body(Request request, ServerCapabilities capabilities) {
        byte[] body = request.getRawContent();
        if (body == null || body.length == 0) {
            return null;
        }
        if (!(request.getHeader(ContentTypeHeader.NAME) instanceof ContentTypeHeader contentType)) {
            return Rejection.of(Response.BAD_REQUEST, "Missing Content-Type header for the message body");
        }
        ListIterator<?> encodings = request.getHeaders(ContentEncodingHeader.NAME);
        while (encodings != null && encodings.hasNext()) {
            if (encodings.next() instanceof ContentEncodingHeader encoding && encoding.getEncoding() != null
                    && !"identity".equalsIgnoreCase(encoding.getEncoding().trim())) {
                return Rejection.of(Response.UNSUPPORTED_MEDIA_TYPE,
                        "Unsupported Content-Encoding (" + ReasonPhrases.quote(encoding.getEncoding().trim()) + ")",
                        "Accept-Encoding", "identity");
            }
        }
        String type = contentType.getContentType() + "/" + contentType.getContentSubType();
        if (!capabilities.acceptsContentType(type) && !optional(request)) {
            return Rejection.of(Response.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type (" + ReasonPhrases.quote(type) + ")",
                    "Accept", capabilities.acceptValue());
        }
        return null;
    }

    private static boolean optional(Request request) {
        return request.getHeader(ContentDispositionHeader.NAME) instanceof ContentDispositionHeader disposition
                && "optional".equalsIgnoreCase(disposition.getHandling());
    }

    /** 406 when the request's Accept rules out the body type the answer would carry (application/sdp for INVITE). */
    private static Rejection accept(Request request, ServerCapabilities capabilities) {
        String[] answer = ANSWER_BODY.get(request.getMethod());
        if (answer == null || AcceptedTypes.of(request).allows(answer[0], answer[1])) {
            return null;
        }
        return Rejection.of(Response.NOT_ACCEPTABLE, "Not Acceptable (Accept excludes " + answer[0] + "/" + answer[1] + ")");
    }

    private static int count(ListIterator<?> headers) {
        int count = 0;
        while (headers != null && headers.hasNext()) {
            headers.next();
            count++;
        }
        return count;
    }

    /** "A", "A and B", "A, B and C". */
    private static String naturalList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
