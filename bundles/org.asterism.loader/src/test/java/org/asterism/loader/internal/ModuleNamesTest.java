package org.asterism.loader.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ModuleNamesTest {

    @Test
    public void operatorsMayTypeTheSoSuffixInAnyCase() {
        assertEquals("res_pjsip", ModuleNames.normalise("res_pjsip.so"));
        assertEquals("res_pjsip", ModuleNames.normalise("res_pjsip.SO"));
        assertEquals("res_pjsip", ModuleNames.normalise("res_pjsip"));
        assertEquals("res_pjsip", ModuleNames.normalise("  res_pjsip.so "));
    }

    @Test
    public void onlyATrailingSuffixWithSomethingBeforeItIsStripped() {
        assertEquals(".so", ModuleNames.normalise(".so"));
        assertEquals("res_so_thing", ModuleNames.normalise("res_so_thing"));
        assertEquals("res_x.so", ModuleNames.normalise("res_x.so.so"));
        assertEquals("", ModuleNames.normalise(null));
    }

    @Test
    public void modulesAreShownWithSo() {
        assertEquals("res_pjsip.so", ModuleNames.display("res_pjsip"));
        assertEquals("res_pjsip.so", ModuleNames.display("res_pjsip.so"));
    }

    @Test
    public void namesMatchIgnoringCaseAndSuffix() {
        assertTrue(ModuleNames.same("RES_PJSIP.so", "res_pjsip"));
        assertFalse(ModuleNames.same("res_pjsip", "res_pjsip_logger"));
    }
}
