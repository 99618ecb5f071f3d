package org.asterism.pbx.dialplan.internal.match;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ExtensionPatternTest {

    private static int match(String pattern, String data, MatchMode mode) {
        return ExtensionPattern.compile(ExtensionNames.key(pattern)).match(data, mode);
    }

    private static boolean matches(String pattern, String data) {
        return match(pattern, data, MatchMode.MATCH) != 0;
    }

    @Test
    public void digitClasses() {
        assertTrue(matches("_X", "0"));
        assertTrue(matches("_Z", "1"));
        assertFalse(matches("_Z", "0"));
        assertTrue(matches("_N", "2"));
        assertFalse(matches("_N", "1"));
        assertTrue(matches("_nxx", "200")); // the letters work in either case
        assertFalse(matches("_NXX", "20"));
        assertFalse(matches("_NXX", "2000"));
    }

    @Test
    public void setsAndRanges() {
        assertTrue(matches("_[1-5a]", "3"));
        assertTrue(matches("_[1-5a]", "a"));
        assertFalse(matches("_[1-5a]", "6"));
        assertTrue(matches("_[13579]XX", "700"));
        assertFalse(matches("_[13579]XX", "800"));
        assertTrue(matches("_9[]1", "91")); // an empty set is skipped
    }

    @Test
    public void dotNeedsOneOrMoreAndBangZeroOrMore() {
        assertTrue(matches("_9.", "91"));
        assertTrue(matches("_9.", "9123456"));
        assertFalse(matches("_9.", "9"));
        assertEquals(2, match("_9!", "9", MatchMode.MATCH));
        assertEquals(2, match("_9!", "912", MatchMode.MATCH));
    }

    @Test
    public void literalCharactersInAPatternMatchThemselves() {
        assertTrue(matches("_+1NXX", "+1555"));
        assertTrue(matches("_*XX", "*72"));
        assertFalse(matches("_*XX", "#72"));
    }

    @Test
    public void dashesAreIgnoredInPatternAndNumber() {
        assertTrue(matches("_NXX-XXXX", "555-1234"));
        assertTrue(matches("_NXX-XXXX", "5551234"));
        assertTrue(matches("555-1234", "5551234"));
    }

    @Test
    public void matchMoreTellsWhetherMoreDigitsCouldStillMatch() {
        assertEquals(1, match("_NXXX", "55", MatchMode.MATCHMORE));
        assertEquals(0, match("_NXXX", "5555", MatchMode.MATCHMORE));
        assertEquals(1, match("_9.", "9", MatchMode.MATCHMORE));
        assertEquals(1, match("1000", "10", MatchMode.MATCHMORE));
        assertEquals(0, match("1000", "1000", MatchMode.MATCHMORE));
        assertEquals(0, match("1000", "11", MatchMode.MATCHMORE));
        assertEquals(2, match("_9!", "9", MatchMode.MATCHMORE)); // the caller treats this as a final "no"
    }

    @Test
    public void aPatternGivenAsTheNumberMatchesItself() {
        assertTrue(matches("_X.", "_X."));
        assertTrue(matches("_X.", "_[0-9]."));
    }

    @Test
    public void aSetWithoutItsClosingBracketNeverMatches() {
        ExtensionPattern broken = ExtensionPattern.compile("_[12");
        assertTrue(broken.isBroken());
        assertEquals(0, broken.match("1", MatchMode.MATCH));
    }
}
