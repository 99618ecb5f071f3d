package org.asterism.sip.core.internal.stack;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.UDPMessageChannel;

/**
 * NIST's message parser, with every {@link ParseException} it lets out reworded so that the 400 the stack sends by
 * itself names the problem on one line.
 *
 * <p>When a UDP request does not parse, {@code UDPMessageChannel.processIncomingDataPacket} answers with
 * {@code MessageChannel.createBadReqRes(text, ex)}, whose status line is
 * {@code "SIP/2.0 400 Bad Request (" + ex.getLocalizedMessage() + ')'}. NIST's parse messages are not meant for that:
 * most are {@code "<the bad line>\n:<problem>"}, many start with a {@code char[]}'s identity ({@code "[C@1b2c3d\nID
 * expected"}), so the status line is cut in two and the answer is malformed. (The OIO TLS channel words its 400 the same
 * way, from inside its {@link ParseExceptionListener}.)
 *
 * <p>This parser delegates to NIST's ({@link StringMsgParserFactory}'s unless told otherwise) and words each failure as
 * {@code <what>: <problem>}, e.g. {@code Bad Via header: ID expected} or {@code Bad Request-Line: GenericURI, Bad URI
 * format}: ASCII printable only, one line, at most {@value #MAX_REASON} characters, the error offset kept and the
 * original exception as the cause. The channel's listener is handed the worded exception, so a 400 worded from inside
 * it reads the same. A {@link RuntimeException} escaping NIST's parser (which kills an OIO TCP reading thread) becomes a
 * {@code ParseException} too; NIST's callers all handle that.
 *
 * <p>One more case is routed through the worded 400: a UDP request whose CSeq method differs from its method, which NIST
 * otherwise answers with a bare {@code 400 Bad request}. The check is NIST's own (same condition, after the same version
 * check), made only on a UDP channel, for a request other than ACK, and only when {@code createBadReqRes} makes a
 * well-formed answer of it (see {@link #badRequestWordsWell}); anything else, TCP included, is left as it was.
 *
 * <p>Install it on the stack before the first listening point is created (each message channel asks the factory once,
 * when it is made): {@code stack.setMessageParserFactory(new WordedParseErrorsParserFactory())}. Both the factory and
 * its parser are stateless and shared.
 */
final class WordedParseErrorsParserFactory implements MessageParserFactory {

    /** Longest reason put between the parentheses. */
    static final int MAX_REASON = 120;

    private static final String UNPARSABLE = "Unparsable message";

    /**
     * What NIST prints for an object without toString: {@code "[C@1b2c3d"} (its lexers' {@code char[]} buffer),
     * {@code "[Ljava.lang.String;@..."}, {@code "gov.nist.core.Foo@..."}.
     */
    private static final Pattern OBJECT_ID = Pattern.compile(
            "\\[+(?:[ZBCDFIJS]|L[\\w$.]+;)@[0-9a-fA-F]{1,8}|\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*@[0-9a-fA-F]{1,8}");

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]+");

    /** RFC 3261 7.3.3 and the later RFCs' compact forms, to name a header written with one. */
    private static final Map<String, String> COMPACT = Map.ofEntries(Map.entry("a", "Accept-Contact"),
            Map.entry("b", "Referred-By"), Map.entry("c", "Content-Type"), Map.entry("d", "Request-Disposition"),
            Map.entry("e", "Content-Encoding"), Map.entry("f", "From"), Map.entry("i", "Call-ID"),
            Map.entry("j", "Reject-Contact"), Map.entry("k", "Supported"), Map.entry("l", "Content-Length"),
            Map.entry("m", "Contact"), Map.entry("n", "Identity-Info"), Map.entry("o", "Event"),
            Map.entry("r", "Refer-To"), Map.entry("s", "Subject"), Map.entry("t", "To"), Map.entry("u", "Allow-Events"),
            Map.entry("v", "Via"), Map.entry("x", "Session-Expires"), Map.entry("y", "Identity"));

    private final MessageParserFactory delegate;

    /** Over NIST's default parser, {@code StringMsgParser}. */
    WordedParseErrorsParserFactory() {
        this(new StringMsgParserFactory());
    }

    /** Over another factory's parsers, e.g. the one the stack was configured with. */
    WordedParseErrorsParserFactory(MessageParserFactory delegate) {
        if (delegate == null) {
            throw new IllegalArgumentException("no parser factory to delegate to");
        }
        this.delegate = delegate instanceof WordedParseErrorsParserFactory worded ? worded.delegate : delegate;
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        return new WordedParser(delegate.createMessageParser(stack));
    }

    /** Marks an exception already worded, so that it is passed on as it is. */
    static final class WordedParseException extends ParseException {

        private static final long serialVersionUID = 1L;

        WordedParseException(String reason, int errorOffset, Throwable cause) {
            super(reason, errorOffset);
            initCause(cause);
        }
    }

    private static final class WordedParser implements MessageParser {

        private final MessageParser nist;

        WordedParser(MessageParser nist) {
            this.nist = nist;
        }

        @Override
        public SIPMessage parseSIPMessage(byte[] msgBytes, boolean readBody, boolean strict, ParseExceptionListener exhandler)
                throws ParseException {
            // NIST's parser treats a null listener differently (a bad header is skipped, a bad first line thrown): keep it.
            ParseExceptionListener listener = exhandler == null ? null
                    : (ex, sipMessage, hdrClass, header, message) -> exhandler.handleException(word(ex, hdrClass, header),
                            sipMessage, hdrClass, header, message);
            SIPMessage parsed;
            try {
                parsed = nist.parseSIPMessage(msgBytes, readBody, strict, listener);
            } catch (WordedParseException ex) {
                throw ex;
            } catch (ParseException ex) {
                throw word(ex, null, null);
            } catch (RuntimeException ex) {
                throw new WordedParseException(reason(UNPARSABLE, ex.getClass().getSimpleName()), 0, ex);
            }
            if (exhandler instanceof UDPMessageChannel) {
                checkCSeqMethod(parsed, msgBytes);
            }
            return parsed;
        }
    }

    /** The exception as the stack should word it; {@code hdrClass} and {@code header} as the listener got them. */
    static WordedParseException word(ParseException ex, Class<?> hdrClass, String header) {
        if (ex instanceof WordedParseException worded) {
            return worded;
        }
        String what;
        if (hdrClass == RequestLine.class) {
            what = "Bad Request-Line";
        } else if (hdrClass == StatusLine.class) {
            what = "Bad Status-Line";
        } else if (header != null) {
            String name = headerName(header);
            what = name.isEmpty() ? "Bad header" : "Bad " + name + " header";
        } else {
            what = "";
        }
        return new WordedParseException(reason(what, problem(ex.getMessage())), ex.getErrorOffset(), ex);
    }

    /**
     * The problem a NIST parse message states. They are {@code "<echo>\n<problem>"} or {@code "<echo>\n:<problem>"}
     * (the echo being the bad header or line, or a char[]'s identity): the last line says what is wrong.
     */
    static String problem(String message) {
        if (message == null) {
            return "";
        }
        String problem = "";
        for (String line : LINE_BREAK.split(OBJECT_ID.matcher(message).replaceAll(" "))) {
            String cleaned = printable(line);
            while (cleaned.startsWith(":")) {
                cleaned = cleaned.substring(1).trim();
            }
            if (!cleaned.isEmpty()) {
                problem = cleaned;
            }
        }
        return problem;
    }

    /** {@code what: problem}, or either alone, or "Unparsable message"; printable and at most {@value #MAX_REASON} long. */
    static String reason(String what, String problem) {
        String w = printable(what == null ? "" : what);
        String p = printable(problem == null ? "" : problem);
        String reason = w.isEmpty() ? p : p.isEmpty() ? w : w + ": " + p;
        if (reason.isEmpty()) {
            reason = UNPARSABLE;
        }
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 3).trim() + "...";
    }

    /** ASCII printable, runs of white space and control characters as one space, other characters as '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c < 0x7F ? c : '?');
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // one '?' per character, not per UTF-16 unit
            }
        }
        return out.toString();
    }

    /** The name a header line starts with, a compact one spelt out; empty if it has none worth showing. */
    private static String headerName(String header) {
        int colon = header.indexOf(':');
        String name = printable(colon < 0 ? "" : header.substring(0, colon));
        if (name.isEmpty() || name.length() > 40 || name.indexOf(' ') >= 0) {
            return "";
        }
        return COMPACT.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    /**
     * Throws where {@code UDPMessageChannel} would answer a bare {@code 400 Bad request} for a CSeq method differing from
     * the request's: a SIP/2.0 request other than ACK (NIST never answers those through {@code createBadReqRes}) from
     * whose text {@code createBadReqRes} will make a well-formed answer.
     */
    private static void checkCSeqMethod(SIPMessage parsed, byte[] msgBytes) throws WordedParseException {
        if (!(parsed instanceof SIPRequest request) || request.getRequestLine() == null
                || !"SIP/2.0".equals(request.getRequestLine().getSipVersion())) {
            return;
        }
        CSeq cseq = (CSeq) request.getCSeqHeader();
        String method = request.getMethod();
        if (cseq == null || method == null || cseq.getMethod() == null || method.equalsIgnoreCase(cseq.getMethod())) {
            return;
        }
        String reason = reason("CSeq method " + cseq.getMethod() + " does not match request method " + method, "");
        String text = new String(msgBytes, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("SIP/") && !text.startsWith("ACK ") && badRequestWordsWell(text, reason)) {
            throw new WordedParseException(reason, 0, null);
        }
    }

    /**
     * Whether {@code MessageChannel.createBadReqRes} makes a well-formed 400 of this request. It copies, from the text,
     * from two characters before every occurrence of "Via" to the line end, then the same for the first "CSeq",
     * "Call-ID", "From" and "To" (case as written, long names only), wherever they are: each must start a header line.
     * Over UDP it adds the request as a message/sipfrag body if the whole stays under 1300 characters; otherwise it ends
     * the answer with "Content-Length: 0" and no empty line, so the answer must stay under that size. A default Server
     * header would also end the header section early, so there must be none.
     */
    static boolean badRequestWordsWell(String text, String reason) {
        if (MessageFactoryImpl.getDefaultServerHeader() != null) {
            return false;
        }
        int copied = "SIP/2.0 400 Bad Request (".length() + reason.length() + 1;
        int via = text.indexOf("Via");
        if (via < 0) {
            return false;
        }
        while (via >= 0) {
            int end = headerLineEnd(text, via, "Via");
            if (end < 0) {
                return false;
            }
            copied += end - via + 2;
            via = text.indexOf("Via", end);
        }
        for (String name : new String[] {"CSeq", "Call-ID", "From", "To"}) {
            int start = text.indexOf(name);
            int end = headerLineEnd(text, start, name);
            if (end < 0) {
                return false;
            }
            copied += end - start + 2;
            if ("To".equals(name) && text.substring(start, end).indexOf("tag") < 0) {
                copied += ";tag=badreq".length();
            }
        }
        return text.length() + copied + "Content-Type: message/sipfrag\r\n".length() + "Content-Length".length() < 1300;
    }

    /** The end of the header line {@code name} starts at {@code start}, or -1 if it does not start one. */
    private static int headerLineEnd(String text, int start, String name) {
        if (start < 2 || !text.startsWith("\r\n", start - 2)) {
            return -1;
        }
        int after = start + name.length();
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after >= text.length() || text.charAt(after) != ':') {
            return -1;
        }
        return text.indexOf("\r\n", after);
    }
}
