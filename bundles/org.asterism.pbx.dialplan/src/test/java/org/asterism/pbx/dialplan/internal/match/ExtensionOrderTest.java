package org.asterism.pbx.dialplan.internal.match;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

public class ExtensionOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.shuffle(list, new java.util.Random(7));
        list.sort(ExtensionOrder.INSTANCE);
        return list;
    }

    @Test
    public void literalsComeBeforePatternsAndMoreSpecificPatternsFirst() {
        assertEquals(List.of("201", "_20X", "_2XX", "_2!", "_[2-4]XX", "_NXX", "_X.", "_X!"),
                sorted("_X.", "_NXX", "201", "_2XX", "_[2-4]XX", "_20X", "_X!", "_2!"));
    }

    @Test
    public void aSmallerSetIsMoreSpecificAndAtEqualSizeTheLowerCharactersWin() {
        assertEquals(List.of("_5XX", "_[4-6]XX", "_[7-9]XX", "_ZXX", "_XXX"),
                sorted("_XXX", "_ZXX", "_[7-9]XX", "_[4-6]XX", "_5XX"));
        assertEquals(List.of("_NXX", "_ZXX"), sorted("_ZXX", "_NXX")); // N has 8 digits, Z has 9
    }

    @Test
    public void dotIsMoreSpecificThanBangAndBothLessThanAnyCharacter() {
        assertEquals(List.of("_1X", "_1.", "_1!"), sorted("_1!", "_1.", "_1X"));
    }

    @Test
    public void samePositionsMeanTheSameExtension() {
        assertEquals(0, ExtensionOrder.INSTANCE.compare("_X", "_[0-9]"));
        assertEquals(0, ExtensionOrder.INSTANCE.compare("_nxx", "_NXX"));
        assertTrue(ExtensionOrder.INSTANCE.compare("_[0-35-9]", "_X") < 0); // nine digits before ten
    }

    @Test
    public void literalsCompareCharacterByCharacterIgnoringDashes() {
        assertEquals(0, ExtensionOrder.INSTANCE.compare("555-1234", "5551234"));
        assertEquals(List.of("100", "1000", "101", "s"), sorted("s", "101", "1000", "100"));
    }

    @Test
    public void namesLoseBlanksAndTheirDashesOnlyForMatching() {
        assertEquals("_NXX-XXXX", ExtensionNames.display("_NXX - XXXX"));
        assertEquals("_NXXXXXX", ExtensionNames.key("_NXX-XXXX"));
        assertEquals("_[1-5]X", ExtensionNames.key("_[1-5]-X")); // a dash inside a set is a range
        assertEquals("5551234", ExtensionNames.key("555-1234"));
    }
}
