package org.asterism.sip.identifier.ip.internal;

import static org.asterism.sip.identifier.ip.internal.Requests.from;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

public class TextMatchTest {

    private static HeaderMatch header(String written) throws Exception {
        return HeaderMatch.parse(written);
    }

    @Test
    public void exactHeaderValuesCompareWholeAndWithCase() throws Exception {
        HeaderMatch match = header("X-ASTERISK-ACCOUNT: david");
        assertTrue(match.matches(from("192.0.2.1", 5060, "X-Asterisk-Account:   david  ").request()));
        assertTrue("any header of the name", match.matches(from("192.0.2.1", 5060, "X-Asterisk-Account: carol",
                "X-Asterisk-Account: david").request()));
        assertFalse(match.matches(from("192.0.2.1", 5060, "X-Asterisk-Account: David").request()));
        assertFalse(match.matches(from("192.0.2.1", 5060, "X-Asterisk-Account: david2").request()));
        assertFalse(match.matches(from("192.0.2.1", 5060).request()));
    }

    @Test
    public void regexHeaderValuesAreFoundAnywhereAsPosixRegexecDoes() throws Exception {
        HeaderMatch match = header("User-Agent: /Grandstream|Yealink/");
        assertTrue(match.matches(from("192.0.2.1", 5060, "User-Agent: Yealink SIP-T46S 66.86.0.15").request()));
        assertFalse(match.matches(from("192.0.2.1", 5060, "User-Agent: baresip").request()));
        HeaderMatch anchored = header("X-Account: /^acct-[[:digit:]]+$/");
        assertTrue(anchored.matches(from("192.0.2.1", 5060, "X-Account: acct-42").request()));
        assertFalse(anchored.matches(from("192.0.2.1", 5060, "X-Account: acct-4x").request()));
    }

    @Test
    public void standardHeadersCompareAsTheMessagePrintsThem() throws Exception {
        HeaderMatch match = header("From: /sip:caller@192\\.0\\.2\\.10/");
        assertTrue(match.matches(from("192.0.2.1", 5060).request()));
    }

    @Test
    public void slashesAloneAreLiteral() throws Exception {
        assertEquals(Optional.empty(), TextMatch.parse("match_request_uri", "//").regex());
        assertEquals("", TextMatch.parse("match_request_uri", "//").literal());
        assertEquals(Optional.empty(), TextMatch.parse("match_request_uri", "/").regex());
        assertTrue(TextMatch.parse("match_request_uri", "/a/").matches("xay"));
        assertTrue(TextMatch.parse("match_request_uri", "sip:100@example.com").matches("sip:100@example.com"));
        assertFalse(TextMatch.parse("match_request_uri", "sip:100@example.com").matches("sip:100@example.com;user=phone"));
    }
}
