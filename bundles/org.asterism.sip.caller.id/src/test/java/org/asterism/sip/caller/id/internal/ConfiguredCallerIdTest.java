package org.asterism.sip.caller.id.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** An endpoint's callerid option, split as ast_callerid_split splits it. */
public class ConfiguredCallerIdTest {

    private static ConfiguredCallerId split(String text) {
        return ConfiguredCallerId.split(text, false);
    }

    @Test
    public void nameAndNumberInEveryUsualForm() {
        assertEquals(new ConfiguredCallerId("Reception", "6000", false), split("\"Reception\" <6000>"));
        assertEquals(new ConfiguredCallerId("Front Desk", "6000", false), split("Front Desk <6000>"));
        assertEquals(new ConfiguredCallerId("", "6000", false), split("<6000>"));
        assertEquals(new ConfiguredCallerId("Reception", "6000", false), split("\"Reception\" <6000"));
    }

    @Test
    public void aBareValueIsANumberIfItLooksLikeOneElseAName() {
        assertEquals(new ConfiguredCallerId("", "+15551234567", false), split("+1 (555) 123-4567"));
        assertEquals(new ConfiguredCallerId("Reception", "", false), split("Reception"));
        assertEquals("quoted, it is a name", new ConfiguredCallerId("6000", "", false), split("\"6000\""));
    }

    @Test
    public void escapedQuotesInTheNameAreUnescapedAndTheNumberShrunk() {
        assertEquals(new ConfiguredCallerId("Bob \"B\"", "5551234", false), split("\"Bob \\\"B\\\"\" <555-1234>"));
    }
}
