package org.asterism.itests;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the server must answer to one RFC 4475 message, for the capabilities loaded in Rfc4475IT: OPTIONS and
 * INVITE (with the rest of the call modules) are served, REGISTER and MESSAGE are known methods without a module
 * (405 with Allow once the message parses, method inspection coming first per RFC 3261 §8.2); other methods are
 * unknown (501). An INVITE that passes the checks reaches the session module: from nobody the server knows it is
 * challenged (401), inside a dialog the server does not have it gets 481. Where the RFC's README allows two
 * answers, both are accepted. {@link #DROP}: no response at all.
 *
 * <p>The table agrees, file for file, with the "fuller server" column of the core's unit test
 * {@code Rfc4475ConformanceTest} (bundles/org.asterism.sip.core), which is authoritative ("dispatch" there is
 * the session's 401 or 481 here) for INVITE, and with its "release" column for REGISTER and MESSAGE. Rows marked
 * {@link #gap} are that test's GAP rows: JAIN-SIP decides before the core sees the message, and the row
 * states today's behaviour exactly (not the README's), so that a change in the stack is noticed here.
 */
public final class TortureDisposition {

    /** Responses (and garbage) are dropped silently. */
    public static final int DROP = 0;

    private static final Map<String, TortureDisposition> BY_FILE = Map.ofEntries(
        // valid messages [3.1.1]
        entry("wsinv", 481),            // its To has a tag: an INVITE inside a dialog the server does not have
        entry("intmeth", 501),
        entry("esc01", 401),            // handled: an INVITE from nobody the server knows is challenged
        entry("escnull", 405),
        entry("esc02", 501),            // RE%47IST%45R is a method token of its own, not REGISTER
        entry("lwsdisp", 200),
        entry("longreq", 401),
        entry("dblreq", 405),           // the INVITE after Content-Length must be ignored (checked separately)
        entry("semiuri", 200),
        entry("transports", 200),
        entry("mpart01", 405),
        entry("unreason", DROP),
        entry("noreason", DROP),
        // invalid messages [3.1.2]
        entry("badinv01", 400),
        entry("clerr", 400),
        entry("ncl", 400),
        entry("scalar02", 400),
        entry("scalarlg", DROP),
        entry("quotbal", 400),
        entry("ltgtruri", 400),
        entry("lwsruri", 400),
        // GAP (README: 400): NIST's request-line parser skips the extra SP, so this is a plain INVITE: challenged.
        gap("lwsstart", 401),
        // GAP (README: 400): NIST trims the trailing SP before parsing the request line; a plain OPTIONS: 200.
        gap("trws", 200),
        entry("escruri", 400, 401),     // 400, or ignore the escaped headers and handle the INVITE
        entry("baddate", 400, 401),     // 400, or accept and ignore the Date (then challenged)
        entry("regbadct", 400, 405),    // header params per the RFC grammar, or 400
        // GAP (README: 400): NIST's address parser skips the spaces inside < >; a plain OPTIONS: 200.
        gap("badaspec", 200),
        // GAP (README: 400): NIST takes the unquoted "Bell, Alexander" as a display name; a plain OPTIONS: 200.
        gap("baddn", 200),
        entry("badvers", 505),
        entry("mismatch01", 400),
        entry("mismatch02", 400, 501),  // README: 400; RFC 4475 §3.1.2.18 also allows 501 for the unknown method
        entry("bigcode", DROP),
        // transaction layer [3.2]
        entry("badbranch", 200),
        // application layer [3.3]
        // GAP (README: 400 naming the missing header): NIST drops a request without Call-ID/From/To, unanswered.
        gap("insuf", DROP),
        entry("unkscm", 416),
        entry("novelsc", 416),
        entry("unksm2", 405),
        entry("bext01", 420),
        entry("invut", 415),
        entry("regaut01", 405),         // 401 once a registrar is loaded
        entry("multi01", 400),
        // GAP (README: 400): NIST keeps the last Content-Length and takes the rest as a text/plain body: 415.
        gap("mcl01", 415),
        entry("bcast", DROP),
        entry("zeromf", 483, 200),      // 483, or an OPTIONS to the server itself may be answered
        entry("cparam01", 405),
        entry("cparam02", 405),
        entry("regescrt", 405),
        entry("sdp01", 406),
        // compatibility [3.4]
        entry("inv2543", 400, 401));

    /** The capabilities of this release, as a refusal must state them. */
    private static final List<String> ALLOWED_METHODS = List.of("OPTIONS", "INVITE");

    /** 400s must say what is wrong; insuf's must name a missing header (Call-ID, From, To). */
    private static final Pattern GENERIC_REASON = Pattern.compile("(?i)\\s*(bad request)?\\s*");
    private static final Pattern INSUF_REASON = Pattern.compile("(?i).*\\b(call-id|from|to|max-forwards)\\b.*");

    private final Set<Integer> statuses;
    private final boolean gap;

    private TortureDisposition(Set<Integer> statuses, boolean gap) {
        this.statuses = statuses;
        this.gap = gap;
    }

    private static Map.Entry<String, TortureDisposition> entry(String file, Integer... statuses) {
        return Map.entry(file, new TortureDisposition(new TreeSet<>(Arrays.asList(statuses)), false));
    }

    /** A GAP row of Rfc4475ConformanceTest: exactly today's behaviour, which differs from the README's. */
    private static Map.Entry<String, TortureDisposition> gap(String file, int status) {
        return Map.entry(file, new TortureDisposition(new TreeSet<>(List.of(status)), true));
    }

    public static TortureDisposition of(String file) {
        TortureDisposition disposition = BY_FILE.get(file);
        if (disposition == null) {
            throw new IllegalArgumentException("no disposition for " + file);
        }
        return disposition;
    }

    public static Set<String> files() {
        return new TreeSet<>(BY_FILE.keySet());
    }

    /** True for a row that states a known JAIN-SIP deviation from the README rather than the README. */
    public boolean gap() {
        return gap;
    }

    /**
     * Null when {@code response} (null for none) is acceptable for the request {@code method} (null for a
     * response file), else why not.
     */
    public String verdict(String file, String method, SipResponse response) {
        int status = response == null ? DROP : response.status();
        String reason = response == null ? "" : response.reason();
        if (!statuses.contains(status)) {
            return "expected " + this + " but " + (status == DROP ? "got no response" : "got " + status + " " + reason);
        }
        if (reason.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            return "reason phrase contains a control character (a line break ends the status line): '"
                + reason.replace("\r", "\\r").replace("\n", "\\n") + "'";
        }
        if (status == 400 && GENERIC_REASON.matcher(reason).matches()) {
            return "400 reason phrase does not name the problem: '" + reason + "'";
        }
        if (file.equals("insuf") && status == 400 && !INSUF_REASON.matcher(reason).matches()) {
            return "400 reason phrase does not name a missing header: '" + reason + "'";
        }
        if (status == 405 || status == 501) {
            // RFC 3261 §8.2.1: a 405 MUST list the allowed methods (the unit test expects it on 501 too)
            List<String> allow = response.tokens("Allow");
            if (!allow.containsAll(ALLOWED_METHODS)) {
                return status + " without an Allow listing " + ALLOWED_METHODS + ": Allow: " + response.header("Allow");
            }
            if (method != null && allow.contains(method.toUpperCase(Locale.ROOT))) {
                return status + " whose Allow lists the refused method " + method + ": Allow: " + response.header("Allow");
            }
        }
        if (status == 420 && response.header("Unsupported") == null) {
            return "420 without an Unsupported header (RFC 3261 §8.2.2.3)";
        }
        if (file.equals("bext01") && status == 420) {
            List<String> unsupported = response.tokens("Unsupported");
            if (!unsupported.equals(List.of("NOTHINGSUPPORTSTHIS", "NOTHINGSUPPORTSTHISEITHER"))) {
                return "420 Unsupported should list the two Require tags: " + response.header("Unsupported");
            }
        }
        if (status == 415 && response.header("Accept") == null) {
            return "415 without an Accept header (RFC 3261 §8.2.3)";
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int status : statuses) {
            text.append(text.length() == 0 ? "" : " or ").append(status == DROP ? "drop" : Integer.toString(status));
        }
        return text.toString();
    }
}
