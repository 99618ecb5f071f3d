package org.asterism.sip.api.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;

public class CliContextTest {

    @Test
    public void titlesAreRightAlignedToAsterisksIndent() {
        CliContext context = new CliContext(true, false, false);
        assertEquals(9, context.indent());
        context.line("Endpoint", ":  a");
        context.nested(() -> {
            assertEquals(11, context.indent());
            context.line("InAuth", ":  b");
            context.nested(() -> context.line("Match", ": c"));
        });
        assertEquals(0, context.indentLevel());
        assertEquals(" Endpoint:  a\n     InAuth:  b\n        Match: c\n", context.output());
    }

    @Test
    public void columnsAreCutOrPaddedAsPercentMinusStarDotStarS() {
        assertEquals("ab   ", CliContext.column("ab", 5));
        assertEquals("abcde", CliContext.column("abcdefg", 5));
        assertEquals("abc", CliContext.column("abc", 0));
        assertEquals("...", CliContext.dots(3));
        assertEquals("", CliContext.dots(-1));
    }

    @Test
    public void detailsOnlyAtLevelZeroOfAShowOne() {
        CliContext context = new CliContext(true, false, true);
        assertTrue(context.showsDetails());
        context.nested(() -> {
            assertFalse(context.showsDetails());
            context.printDetails(Map.of("ignored", "x"));
        });
        context.printDetails(Map.of("max_contacts", "1", "contact", "sip:6001@192.0.2.20", "a_rather_long_option_name", "y"));
        assertEquals("\n"
                + " ParameterName             : ParameterValue\n"
                + " ===============================================\n"
                + " a_rather_long_option_name : y\n"
                + " contact                   : sip:6001@192.0.2.20\n"
                + " max_contacts              : 1\n", context.output());
        assertFalse(new CliContext(true, false, false).showsDetails());
        assertTrue(new CliContext(false, true, false).showsDetails());
    }
}
