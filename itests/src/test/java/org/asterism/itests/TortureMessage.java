package org.asterism.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One RFC 4475 message file, made safe to send: every Via sent-by (and any received/maddr/rport value in
 * a Via) is rewritten to our own loopback address and port, so the server can only answer us. Bytes outside
 * Via header fields are left exactly as the RFC gives them.
 *
 * <p>Each message is also made its own transaction ({@link #withUniqueTopBranch}): RFC 4475's files reuse
 * Via branches (z9hG4bKkdjuw in many of them), and JAIN-SIP matches server transactions on the branch alone,
 * where RFC 3261 §17.2.3 also compares the sent-by (a known deviation, noted for the team, not tested here).
 * Without the rewrite every later file with a branch already seen would be taken for a retransmission.
 */
public final class TortureMessage {

    /** A Via header field (any case, compact form, folded continuation lines included). */
    private static final Pattern VIA_FIELD = Pattern.compile("(?im)^(?:via|v)[ \\t]*:[^\\r\\n]*(?:\\r\\n[ \\t][^\\r\\n]*)*");
    private static final String TOKEN = "[A-Za-z0-9.!%*_+`'~-]+";
    /** sent-protocol LWS sent-by: "SIP / 2.0 / UDP host:port", LWS allowed around the slashes. */
    private static final Pattern SENT_BY = Pattern.compile(
        "(" + TOKEN + "\\s*/\\s*" + TOKEN + "\\s*/\\s*" + TOKEN + "\\s+)(\\[[^\\]]*\\]|[^\\s;,:]+)(\\s*:\\s*\\d+)?");
    private static final Pattern SENT_PROTOCOL = Pattern.compile(TOKEN + "\\s*/\\s*" + TOKEN + "\\s*/\\s*(" + TOKEN + ")");
    private static final Pattern ADDRESS_PARAM = Pattern.compile("(?i)(;\\s*(?:received|maddr)\\s*=\\s*)(\\[[^\\]]*\\]|[^;,\\s]+)");
    private static final Pattern RPORT_VALUE = Pattern.compile("(?i)(;\\s*rport\\s*=\\s*)(\\d+)");
    private static final Pattern BRANCH = Pattern.compile("(?i);\\s*branch\\s*=\\s*([^;,\\s]*)");
    /** RFC 3261 §8.1.1.7: a branch starting with it follows RFC 3261 transaction matching. */
    static final String MAGIC_COOKIE = "z9hG4bK";
    private static final Pattern CALL_ID = Pattern.compile("(?im)^(?:call-id|i)[ \\t]*:[ \\t]*([^\\r\\n]*)");

    private final String name;
    private final String text; // ISO-8859-1: one char per octet, so the bytes survive unchanged

    private TortureMessage(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static TortureMessage load(Path file) throws IOException {
        return new TortureMessage(file.getFileName().toString().replaceFirst("\\.dat$", ""),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }

    public String name() {
        return name;
    }

    /** True for requests; RFC 4475 also has responses, which a server must drop. */
    public boolean isRequest() {
        return !text.startsWith("SIP/");
    }

    /** The request's method (the first token of the request line), or null for a response. */
    public String method() {
        return isRequest() ? startLine().split("[ \t]", 2)[0] : null;
    }

    /** The transport named by the top Via's sent-protocol ("UDP", "TCP", ...), or null when unreadable. */
    public String topViaTransport() {
        Matcher via = VIA_FIELD.matcher(headerBlock());
        if (!via.find()) {
            return null;
        }
        Matcher protocol = SENT_PROTOCOL.matcher(via.group());
        return protocol.find() ? protocol.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** True when the top Via names a reliable transport (TCP, TLS, SCTP...), although we send over UDP. */
    public boolean topViaIsReliable() {
        String transport = topViaTransport();
        return transport != null && !transport.equals("UDP");
    }

    /** The first line as text, for the report. */
    public String startLine() {
        int end = text.indexOf("\r\n");
        return end < 0 ? text : text.substring(0, end);
    }

    /** The first message's Call-ID, or null (insuf has none). */
    public String callId() {
        Matcher matcher = CALL_ID.matcher(headerBlock());
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    /** The branch parameter of the first Via, as written; null when there is none. */
    public String topBranch() {
        Matcher branch = topBranchMatcher();
        return branch == null ? null : branch.group(1);
    }

    /**
     * This message with the branch of its top Via (the first via-parm of the first Via field) made unique by
     * appending {@code "." + tag}, so that the form of the original stays: a branch starting with the magic
     * cookie keeps it as its prefix (and its odd characters: intmeth's, esc02's %), one without it (wsinv's
     * RFC 2543-style "390skdjuw") still has none. One branch is left as it is: badbranch's, which is the bare
     * cookie with no identifier after it — the point of RFC 4475 §3.2.1 — and no other file uses it.
     * A message whose top Via has no branch (longreq, inv2543, ...) is returned unchanged.
     */
    public TortureMessage withUniqueTopBranch(String tag) {
        Matcher branch = topBranchMatcher();
        if (branch == null || branch.group(1).equals(MAGIC_COOKIE)) {
            return this;
        }
        return new TortureMessage(name, text.substring(0, branch.end(1)) + "." + tag + text.substring(branch.end(1)));
    }

    /** A matcher positioned on the top Via's branch value (offsets into {@link #text}), or null. */
    private Matcher topBranchMatcher() {
        Matcher via = VIA_FIELD.matcher(headerBlock());
        if (!via.find()) {
            return null;
        }
        int comma = via.group().indexOf(',');
        Matcher branch = BRANCH.matcher(text).region(via.start(), comma < 0 ? via.end() : via.start() + comma);
        return branch.find() ? branch : null;
    }

    private String headerBlock() {
        int end = text.indexOf("\r\n\r\n");
        return end < 0 ? text : text.substring(0, end);
    }

    /** The octets to send: every Via pointed at {@code host:port}. */
    public byte[] bytesWithViaSentBy(String host, int port) {
        Matcher via = VIA_FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (via.find()) {
            via.appendReplacement(out, Matcher.quoteReplacement(rewriteVia(via.group(), host, port)));
        }
        via.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String rewriteVia(String field, String host, int port) {
        String sentBy = host + ":" + port;
        String result = SENT_BY.matcher(field).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + sentBy));
        result = ADDRESS_PARAM.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + host));
        return RPORT_VALUE.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + port));
    }
}
